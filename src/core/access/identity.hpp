#pragma once
// The identity a person gives at sign-up or an eligibility check, and the one normalisation
// that rosters and sign-ups are both compared in: trimmed, inner whitespace collapsed to one
// space, ASCII letters lower-cased. Dates are YYYY-MM-DD.
#include <string>
#include <string_view>

namespace motus::core {

struct Identity {
  std::string first_name;
  std::string last_name;
  std::string date_of_birth;
  std::string email;            // may be empty when an enrollment code is given
  std::string enrollment_code;  // may be empty when the email is on the roster
};

std::string normalise_name(std::string_view text);
std::string normalise_email(std::string_view text);
// The person a roster entry of `organization_id` stands for, as one text: the organization, then
// the normalised last name, date of birth and first name, joined by "|". One member account per
// such person (store: enrollments).
std::string enrollment_key(std::string_view organization_id, const Identity& identity);
// True for a real calendar date written YYYY-MM-DD.
bool valid_date(std::string_view text);

}  // namespace motus::core
