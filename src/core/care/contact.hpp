#pragma once
// How the care team can reach a member by phone: an optional number as the member typed it and
// when it is safe to call, in their own words ("weekdays after 6 pm"). The queue may say "call
// them today"; this is the number it means. Checked here so sign-up, Account and the care record
// agree on what a usable number is.
#include <optional>
#include <string>
#include <string_view>

namespace motus::core::care {

inline constexpr std::size_t kLongestPhone = 32;
inline constexpr std::size_t kLongestCallTime = 80;
inline constexpr std::size_t kFewestPhoneDigits = 6;
inline constexpr std::size_t kMostPhoneDigits = 15;  // E.164

struct ContactProblem {
  std::string field;       // phone | call_time
  std::string message;     // plain words
  std::string message_es;  // the same in Spanish
};

// The number trimmed; empty means "none given". Digits, spaces and + ( ) - . only, a + only
// first, 6 to 15 digits.
std::optional<ContactProblem> phone_problem(std::string_view phone);
// Plain text up to 80 characters, no control characters; empty means "any time / not said".
std::optional<ContactProblem> call_time_problem(std::string_view call_time);

// "tel:+441632960123" for a checked number: the leading + (if any) and the digits.
std::string tel_link(std::string_view phone);

// Leading and trailing spaces removed.
std::string trimmed(std::string_view text);

}  // namespace motus::core::care
