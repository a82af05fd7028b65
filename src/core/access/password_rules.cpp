#include "core/access/password_rules.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace motus::core {

namespace {

// The list lives in its own file so it can grow without touching the rules.
constexpr std::string_view kCommonPasswords[] = {
#include "core/access/common_passwords.inc"
};

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// Counts characters, not bytes, so a password in any script gets the same length rule.
std::size_t utf8_length(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

bool one_character_repeated(std::string_view text) {
  std::size_t first = 1;
  while (first < text.size() && (static_cast<unsigned char>(text[first]) & 0xC0) == 0x80) ++first;
  if (text.size() % first != 0) return false;
  for (std::size_t i = first; i < text.size(); i += first) {
    if (text.compare(i, first, text.substr(0, first)) != 0) return false;
  }
  return true;
}

PasswordProblem problem(PasswordRule rule, std::string code, std::string message,
                        std::string spanish) {
  return {rule, std::move(code), std::move(message), std::move(spanish)};
}

}  // namespace

bool is_common_password(std::string_view password) {
  const auto wanted = lower(password);
  return std::find(std::begin(kCommonPasswords), std::end(kCommonPasswords), wanted) !=
         std::end(kCommonPasswords);
}

std::optional<PasswordProblem> check_password(std::string_view password, std::string_view email) {
  const auto length = utf8_length(password);
  if (length < kMinimumPasswordLength) {
    return problem(
        PasswordRule::too_short, "password_too_short",
        "Your password needs at least 12 characters. A few words strung together work well.",
        "Tu contraseña necesita al menos 12 caracteres. Unas cuantas palabras seguidas funcionan "
        "muy bien.");
  }
  if (length > kMaximumPasswordLength) {
    return problem(PasswordRule::too_long, "password_too_long",
                   "Your password can have at most 128 characters.",
                   "Tu contraseña puede tener 128 caracteres como máximo.");
  }
  if (one_character_repeated(password)) {
    return problem(PasswordRule::one_character, "password_one_character",
                   "Your password is one character over and over. Mix in other letters or words.",
                   "Tu contraseña repite el mismo carácter una y otra vez. Mezcla otras letras o "
                   "palabras.");
  }
  if (is_common_password(password)) {
    return problem(PasswordRule::common, "password_common",
                   "Many people use this password, so it is easy to guess. Please choose another.",
                   "Mucha gente usa esta contraseña, así que es fácil de adivinar. Elige otra, por "
                   "favor.");
  }
  const auto lowered = lower(password);
  const auto address = lower(email);
  const auto local_part = address.substr(0, address.find('@'));
  if ((!address.empty() && lowered.find(address) != std::string::npos) ||
      (local_part.size() >= 4 && lowered.find(local_part) != std::string::npos)) {
    return problem(
        PasswordRule::contains_email, "password_contains_email",
        "Your password contains your email address, which others may know. Please choose another.",
        "Tu contraseña contiene tu correo electrónico, que otras personas pueden conocer. Elige "
        "otra, por favor.");
  }
  return std::nullopt;
}

}  // namespace motus::core
