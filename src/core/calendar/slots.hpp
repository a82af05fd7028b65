#pragma once
// The slots a member may book: the therapist's weekly windows in their own time zone, less days
// off, plus and minus one-off exceptions, cut into slots of the therapist's length, each turned
// into a UTC instant with the zone's rules on that date (so 09:00 stays 09:00 across a daylight
// saving change; a wall time that does not exist that day is skipped, one that occurs twice is
// taken once, at its first occurrence), less what is already booked.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar/availability.hpp"
#include "core/calendar/time_zone.hpp"

namespace motus::core {

// [starts_at, ends_at) in epoch ms, UTC.
struct TimeRange {
  std::int64_t starts_at = 0;
  std::int64_t ends_at = 0;
  bool operator==(const TimeRange&) const = default;
};

bool overlaps(const TimeRange& a, const TimeRange& b);

// Every open slot starting in [from, to) and not before `earliest`, earliest first, none
// overlapping another or anything in `taken`.
std::vector<TimeRange> open_slots(const Availability& availability, const TimeZone& zone,
                                  std::int64_t from, std::int64_t to, std::int64_t earliest,
                                  const std::vector<TimeRange>& taken);

// The local date (YYYY-MM-DD) of days since 1970-01-01, and back; nothing for a malformed or
// impossible date.
std::string civil_date_text(std::int64_t days);
std::optional<std::int64_t> civil_date_days(std::string_view text);
// The local day (days since 1970-01-01 in the zone) of an instant in epoch ms, and the ISO
// weekday of a day (1 = Monday … 7 = Sunday).
std::int64_t local_day(const TimeZone& zone, std::int64_t epoch_ms);
int weekday_of_day(std::int64_t day);
// "09:30" → 570, "24:00" → 1440 (the end of a day); nothing for any other text.
std::optional<int> clock_minute(std::string_view text);

}  // namespace motus::core
