#include "core/whole_number.hpp"

namespace motus::core {

std::optional<std::int64_t> whole_number_within(const nlohmann::json& value, std::int64_t min,
                                                std::int64_t max) {
  if (value.is_number_unsigned()) {
    const auto number = value.get<std::uint64_t>();
    if (max < 0 || number > static_cast<std::uint64_t>(max)) return std::nullopt;
    if (min > 0 && number < static_cast<std::uint64_t>(min)) return std::nullopt;
    return static_cast<std::int64_t>(number);
  }
  if (!value.is_number_integer()) return std::nullopt;
  const auto number = value.get<std::int64_t>();
  if (number < min || number > max) return std::nullopt;
  return number;
}

}  // namespace motus::core
