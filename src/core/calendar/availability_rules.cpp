#include "core/calendar/availability_rules.hpp"

#include <algorithm>

#include "core/calendar/slots.hpp"

namespace motus::core {
namespace {

std::optional<AvailabilityProblem> span_problem(const std::string& field, int start, int end,
                                                int slot_minutes) {
  if (start < 0 || start > 1440 || start % 15 != 0) {
    return AvailabilityProblem{field + ".start", "Start on a quarter hour (for example 09:00)."};
  }
  if (end < 0 || end > 1440 || end % 15 != 0) {
    return AvailabilityProblem{field + ".end",
                               "End on a quarter hour, at the latest midnight (24:00)."};
  }
  if (end - start < slot_minutes) {
    return AvailabilityProblem{
        field + ".end",
        "End at least one slot (" + std::to_string(slot_minutes) + " minutes) after the start."};
  }
  return std::nullopt;
}

}  // namespace

std::optional<AvailabilityProblem> availability_problem(const Availability& a) {
  if (a.slot_minutes != 15 && a.slot_minutes != 30 && a.slot_minutes != 45) {
    return AvailabilityProblem{"slot_minutes", "Choose slots of 15, 30 or 45 minutes."};
  }
  if (a.weekly.size() > kMostWeeklyWindows) {
    return AvailabilityProblem{
        "weekly", "Use at most " + std::to_string(kMostWeeklyWindows) + " weekly times."};
  }
  for (std::size_t i = 0; i < a.weekly.size(); ++i) {
    const auto& w = a.weekly[i];
    const auto field = "weekly[" + std::to_string(i) + "]";
    if (w.weekday < 1 || w.weekday > 7) {
      return AvailabilityProblem{field + ".weekday", "Weekday is 1 (Monday) to 7 (Sunday)."};
    }
    if (auto problem = span_problem(field, w.start_minute, w.end_minute, a.slot_minutes)) {
      return problem;
    }
    for (std::size_t k = 0; k < i; ++k) {
      const auto& other = a.weekly[k];
      if (other.weekday == w.weekday && w.start_minute < other.end_minute &&
          other.start_minute < w.end_minute) {
        return AvailabilityProblem{field + ".start",
                                   "This time overlaps another time on the same day."};
      }
    }
  }
  if (a.days_off.size() > kMostDaysOff) {
    return AvailabilityProblem{"days_off",
                               "Use at most " + std::to_string(kMostDaysOff) + " days off."};
  }
  for (std::size_t i = 0; i < a.days_off.size(); ++i) {
    if (!civil_date_days(a.days_off[i])) {
      return AvailabilityProblem{"days_off[" + std::to_string(i) + "]",
                                 "Write the date as YYYY-MM-DD."};
    }
    if (std::find(a.days_off.begin(), a.days_off.begin() + static_cast<long>(i), a.days_off[i]) !=
        a.days_off.begin() + static_cast<long>(i)) {
      return AvailabilityProblem{"days_off[" + std::to_string(i) + "]",
                                 "This day is listed twice."};
    }
  }
  if (a.exceptions.size() > kMostExceptions) {
    return AvailabilityProblem{
        "exceptions", "Use at most " + std::to_string(kMostExceptions) + " one-off changes."};
  }
  for (std::size_t i = 0; i < a.exceptions.size(); ++i) {
    const auto& e = a.exceptions[i];
    const auto field = "exceptions[" + std::to_string(i) + "]";
    if (!civil_date_days(e.day)) {
      return AvailabilityProblem{field + ".day", "Write the date as YYYY-MM-DD."};
    }
    const int shortest = e.open ? a.slot_minutes : 15;
    if (auto problem = span_problem(field, e.start_minute, e.end_minute, shortest)) return problem;
    for (std::size_t k = 0; k < i; ++k) {
      const auto& other = a.exceptions[k];
      if (other.day == e.day && other.open == e.open && e.start_minute < other.end_minute &&
          other.start_minute < e.end_minute) {
        return AvailabilityProblem{field + ".start",
                                   "This change overlaps another change on the same day."};
      }
    }
  }
  return std::nullopt;
}

}  // namespace motus::core
