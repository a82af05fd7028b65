#include "core/care/report_suppression.hpp"

namespace motus::core::care {

std::optional<std::int64_t> shown_count(std::int64_t people, std::int64_t threshold) {
  if (people < threshold) return std::nullopt;
  return people;
}

std::optional<std::int64_t> shown_percent(std::int64_t part, std::int64_t whole,
                                          std::int64_t threshold) {
  if (!shown_count(part, threshold) || !shown_count(whole, threshold) ||
      !shown_count(whole - part, threshold)) {
    return std::nullopt;
  }
  return (part * 100 + whole / 2) / whole;
}

}  // namespace motus::core::care
