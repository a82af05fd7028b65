#include "core/assessment/input_error.hpp"

#include <string_view>

namespace motus::core::assessment {
namespace {

// Where the field ends (the ": " after it), or npos when the message does not start with one:
// a field is lower-case words joined by "_" and ".", with list positions in brackets.
std::size_t field_end(std::string_view text) {
  const auto colon = text.find(": ");
  if (colon == std::string_view::npos || colon == 0) return std::string_view::npos;
  for (const char c : text.substr(0, colon)) {
    const bool part = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
                      c == '[' || c == ']';
    if (!part) return std::string_view::npos;
  }
  return colon;
}

}  // namespace

std::string InputError::field() const {
  const std::string_view text = what();
  const auto end = field_end(text);
  return end == std::string_view::npos ? std::string() : std::string(text.substr(0, end));
}

std::string InputError::message() const {
  const std::string_view text = what();
  const auto end = field_end(text);
  return std::string(end == std::string_view::npos ? text : text.substr(end + 2));
}

}  // namespace motus::core::assessment
