#pragma once
// A set of enum values in one machine word: intake lists (locations, aggravating moves, red
// flags) are small closed vocabularies, and the rules ask "is X in it?" thousands of times.
#include <bit>
#include <cstdint>
#include <initializer_list>

#include "core/assessment/enum_names.hpp"

namespace motus::core::assessment {

template <typename E>
class EnumSet {
  static_assert(enum_count<E>() <= 32, "EnumSet holds at most 32 values");

 public:
  constexpr EnumSet() = default;
  constexpr EnumSet(std::initializer_list<E> values) {
    for (E value : values) insert(value);
  }

  constexpr void insert(E value) { bits_ |= bit(value); }
  constexpr bool contains(E value) const { return (bits_ & bit(value)) != 0; }
  constexpr bool contains_any(EnumSet other) const { return (bits_ & other.bits_) != 0; }
  constexpr bool empty() const { return bits_ == 0; }
  constexpr int size() const { return std::popcount(bits_); }
  constexpr bool operator==(const EnumSet&) const = default;

 private:
  static constexpr std::uint32_t bit(E value) {
    return std::uint32_t{1} << static_cast<unsigned>(value);
  }
  std::uint32_t bits_ = 0;
};

}  // namespace motus::core::assessment
