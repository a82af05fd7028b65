#pragma once
// An organization's eligibility roster as read from the file its admin uploads: the people
// who may join, and the rows that could not be used, each with its line and a reason the admin
// can act on.
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace motus::core {

// One eligible person, every field already normalised (see core/access/identity.hpp).
struct RosterEntry {
  std::string first_name;
  std::string last_name;
  std::string date_of_birth;  // YYYY-MM-DD
  std::string email;          // empty when the row gives only an employee id
  std::string employee_id;    // empty when the row gives only an email
  std::size_t line = 0;       // where the row starts in the uploaded file
};

struct RejectedRow {
  std::size_t line = 0;
  std::string reason;
};

struct RosterFile {
  std::vector<RosterEntry> entries;
  std::vector<RejectedRow> rejected;
};

// The file as a whole cannot be used (no header line, a required column missing); no row is
// looked at.
class RosterFileError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Reads a roster CSV: a header line naming the columns first name, last name, date of birth,
// and email and/or employee id (any order, any case, spaces or underscores ignored; unknown
// columns ignored), then one person a row. Each row needs email or employee id. A row that
// repeats a person already read (same name and date of birth, or same employee id) is rejected.
RosterFile parse_roster_csv(std::string_view text);

}  // namespace motus::core
