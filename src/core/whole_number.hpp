#pragma once
// Reading a whole number a client sent. JSON numbers past the 64-bit range arrive as unsigned or
// floating point, and narrowing one straight to int wraps it (2^32 + 3 becomes 3), so the range
// is checked on the wide value before any conversion.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>

namespace motus::core {

// The value when it is a whole number from `min` to `max`; nullopt for anything else (text, a
// fraction, a number out of the range however large).
std::optional<std::int64_t> whole_number_within(const nlohmann::json& value, std::int64_t min,
                                                std::int64_t max);

}  // namespace motus::core
