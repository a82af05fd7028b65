#pragma once
// A therapist's availability as they set it in the console: their IANA time zone, the length of
// a slot, weekly windows in local time, whole days off, and one-off exceptions on a date.
#include <string>
#include <vector>

namespace motus::core {

// Weekday 1 = Monday … 7 = Sunday; minutes from local midnight, [start, end).
struct AvailabilityWindow {
  int weekday = 1;
  int start_minute = 0;
  int end_minute = 0;
  bool operator==(const AvailabilityWindow&) const = default;
};

// On one local date (YYYY-MM-DD): open adds [start, end), closed removes it.
struct AvailabilityException {
  std::string day;
  int start_minute = 0;
  int end_minute = 0;
  bool open = true;
  bool operator==(const AvailabilityException&) const = default;
};

struct Availability {
  std::string time_zone = "UTC";
  int slot_minutes = 30;  // 15, 30 or 45
  std::vector<AvailabilityWindow> weekly;
  std::vector<std::string> days_off;  // YYYY-MM-DD, local
  std::vector<AvailabilityException> exceptions;
  bool operator==(const Availability&) const = default;
};

}  // namespace motus::core
