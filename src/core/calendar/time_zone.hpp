#pragma once
// IANA time zones without the C++ library's tzdb (GCC 12 has none): the shell reads a compiled
// zone file (TZif, RFC 8536; /usr/share/zoneinfo from Debian's tzdata) and hands its bytes to
// parse_tzif, which keeps the listed transitions and the footer's POSIX TZ rule for every time
// after them. Offsets are seconds east of UTC; times are seconds since the Unix epoch.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace motus::core {

// A POSIX TZ rule such as "EST5EDT,M3.2.0,M11.1.0" or "<+0545>-5:45".
struct PosixTimeZone {
  struct Change {
    enum class Form { julian_no_leap, zero_based, month_week_day } form = Form::month_week_day;
    int day = 0;         // Jn: 1..365; n: 0..365; Mm.w.d: weekday 0 = Sunday .. 6
    int month = 0;       // Mm.w.d only, 1..12
    int week = 0;        // Mm.w.d only, 1..5 (5 = last)
    int seconds = 7200;  // local time of day of the change (may be negative or past 24 h)
  };
  int standard_offset = 0;  // seconds east of UTC
  bool has_daylight = false;
  int daylight_offset = 0;
  Change daylight_starts;
  Change daylight_ends;
};

// Nothing when the text is not a rule this parser understands.
std::optional<PosixTimeZone> parse_posix_time_zone(std::string_view text);
int posix_offset_at(const PosixTimeZone& zone, std::int64_t utc_seconds);

class TimeZone {
 public:
  struct Transition {
    std::int64_t at = 0;  // UTC seconds
    int offset = 0;       // in force from `at`
  };
  TimeZone() = default;  // UTC
  TimeZone(int initial_offset, std::vector<Transition> transitions,
           std::optional<PosixTimeZone> after);

  int offset_at(std::int64_t utc_seconds) const;

  // The UTC instant of a local wall time given as seconds since 1970-01-01T00:00 local. Nothing
  // when that wall time does not exist (a spring-forward gap); the earlier instant when it occurs
  // twice (a fall-back overlap).
  std::optional<std::int64_t> to_utc(std::int64_t local_seconds) const;

 private:
  int initial_offset_ = 0;
  std::vector<Transition> transitions_;
  std::optional<PosixTimeZone> after_;
};

// Nothing when the bytes are not a TZif file this parser can read.
std::optional<TimeZone> parse_tzif(std::string_view bytes);

// A name that may be an IANA zone: letters, digits, '_', '-', '+' in '/'-separated parts, none
// empty or starting with '.'. Says nothing about whether such a zone exists.
bool plausible_time_zone_name(std::string_view name);

}  // namespace motus::core
