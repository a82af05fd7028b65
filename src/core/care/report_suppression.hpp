#pragma once
// De-identification of the organization report: a count of fewer than 11 people could point
// at someone ("the one person in the warehouse who rated pain 9"), so such a cell is never
// shown, and a share is shown only when both its numerator and denominator may be. Eleven is
// the small-cell threshold CMS uses for public health data.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace motus::core::care {

inline constexpr std::int64_t kSmallestShownCell = 11;

struct ReportCell {
  std::string name;
  std::optional<std::int64_t> people;  // nullopt: suppressed
};

// The count as it may be shown: itself at the threshold or above, otherwise nullopt.
std::optional<std::int64_t> shown_count(std::int64_t people,
                                        std::int64_t threshold = kSmallestShownCell);

// part / whole as a whole percentage, or nullopt when the part, the whole or the rest (whole
// minus part, which a share gives away) would be suppressed.
std::optional<std::int64_t> shown_percent(std::int64_t part, std::int64_t whole,
                                          std::int64_t threshold = kSmallestShownCell);

}  // namespace motus::core::care
