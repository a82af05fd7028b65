#include "core/care/contact.hpp"

namespace motus::core::care {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

std::optional<ContactProblem> phone_problem(std::string_view phone) {
  const auto number = trimmed(phone);
  if (number.empty()) return std::nullopt;
  const ContactProblem wrong{"phone",
                             "Write a phone number with digits, for example +44 1632 960123. "
                             "Spaces, brackets and dashes are fine.",
                             "Escribe un número de teléfono con cifras, por ejemplo +1 202 555 "
                             "0123. Puedes usar espacios, paréntesis y guiones."};
  if (number.size() > kLongestPhone) return wrong;
  std::size_t digits = 0;
  for (std::size_t i = 0; i < number.size(); ++i) {
    const char c = number[i];
    if (is_digit(c)) {
      ++digits;
    } else if (c == '+') {
      if (i != 0) return wrong;
    } else if (c != ' ' && c != '(' && c != ')' && c != '-' && c != '.') {
      return wrong;
    }
  }
  if (digits < kFewestPhoneDigits || digits > kMostPhoneDigits) {
    return ContactProblem{"phone", "A phone number has 6 to 15 digits. Please check the number.",
                          "Un número de teléfono tiene de 6 a 15 cifras. Revisa el número, por "
                          "favor."};
  }
  return std::nullopt;
}

std::optional<ContactProblem> call_time_problem(std::string_view call_time) {
  const auto words = trimmed(call_time);
  if (words.size() > kLongestCallTime) {
    return ContactProblem{"call_time", "Please say when to call in 80 characters or fewer.",
                          "Dinos cuándo llamarte en 80 caracteres o menos, por favor."};
  }
  for (const unsigned char c : words) {
    if (c < 0x20 || c == 0x7f) {
      return ContactProblem{"call_time", "Please write when to call on one line.",
                            "Escribe en una sola línea cuándo llamarte, por favor."};
    }
  }
  return std::nullopt;
}

std::string tel_link(std::string_view phone) {
  std::string link = "tel:";
  const auto number = trimmed(phone);
  if (!number.empty() && number.front() == '+') link += '+';
  for (const char c : number) {
    if (is_digit(c)) link += c;
  }
  return link;
}

}  // namespace motus::core::care
