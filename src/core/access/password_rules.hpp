#pragma once
// What makes a password acceptable (OWASP ASVS L2): long enough, not on the list of passwords
// people use most, not built from the account's own email, not one character over and over.
// Each refusal names its rule so the person knows what to change.
#include <optional>
#include <string>
#include <string_view>

namespace motus::core {

inline constexpr std::size_t kMinimumPasswordLength = 12;
inline constexpr std::size_t kMaximumPasswordLength = 128;

enum class PasswordRule { too_short, too_long, common, contains_email, one_character };

struct PasswordProblem {
  PasswordRule rule;
  std::string code;        // e.g. "password_too_short"
  std::string message;     // plain words for the person
  std::string message_es;  // the same in Spanish
};

// nullopt when `password` may be used by the account with `email`.
std::optional<PasswordProblem> check_password(std::string_view password, std::string_view email);

// True when `password`, ignoring case, is on the shipped list of common passwords.
bool is_common_password(std::string_view password);

}  // namespace motus::core
