#pragma once
// Every enum of the assessment has one table of its JSON names, indexed by its value, so the
// names in docs/api-contract.md live in exactly one place and parsing and printing cannot drift
// apart.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace motus::core::assessment {

// Specialised next to each enum: `static constexpr std::array<std::string_view, N> names`,
// in the order of the enum's values (which start at 0 and have no gaps).
template <typename E>
struct EnumNames;

template <typename E>
constexpr std::size_t enum_count() {
  return EnumNames<E>::names.size();
}

template <typename E>
constexpr std::string_view name_of(E value) {
  return EnumNames<E>::names[static_cast<std::size_t>(value)];
}

template <typename E>
constexpr std::optional<E> enum_from_name(std::string_view text) {
  for (std::size_t i = 0; i < EnumNames<E>::names.size(); ++i) {
    if (EnumNames<E>::names[i] == text) return static_cast<E>(i);
  }
  return std::nullopt;
}

// "a, b or c": the choices, as error messages list them.
template <typename E>
std::string choices_of() {
  std::string text;
  const auto& names = EnumNames<E>::names;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) text += (i + 1 == names.size()) ? " or " : ", ";
    text += names[i];
  }
  return text;
}

}  // namespace motus::core::assessment
