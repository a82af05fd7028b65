#pragma once
// What availability a therapist may save: slots of 15, 30 or 45 minutes; windows and exceptions
// on quarter hours within one day, each long enough for a slot, weekly windows not overlapping
// each other; real dates; bounded lists. Each problem names the field the console highlights.
#include <optional>
#include <string>

#include "core/calendar/availability.hpp"

namespace motus::core {

struct AvailabilityProblem {
  std::string field;    // e.g. "weekly[2].end", "days_off[0]", "slot_minutes"
  std::string message;  // plain words for the therapist
};

inline constexpr std::size_t kMostWeeklyWindows = 70;
inline constexpr std::size_t kMostDaysOff = 366;
inline constexpr std::size_t kMostExceptions = 366;

// The first problem, or nothing when the availability may be saved. The time zone is checked by
// the caller (it needs the zone files).
std::optional<AvailabilityProblem> availability_problem(const Availability& availability);

}  // namespace motus::core
