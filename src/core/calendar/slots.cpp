#include "core/calendar/slots.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "core/calendar/booking_cells.hpp"

namespace motus::core {
namespace {

constexpr std::int64_t kDaySeconds = 86'400;

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

struct MinuteRange {
  int start = 0;
  int end = 0;
};

// What is open on one local day, in minutes from local midnight.
void day_windows(const Availability& a, int weekday, const std::string& date,
                 std::vector<MinuteRange>& open, std::vector<MinuteRange>& closed) {
  for (const auto& w : a.weekly) {
    if (w.weekday == weekday) open.push_back({w.start_minute, w.end_minute});
  }
  for (const auto& e : a.exceptions) {
    if (e.day != date) continue;
    (e.open ? open : closed).push_back({e.start_minute, e.end_minute});
  }
}

}  // namespace

bool overlaps(const TimeRange& a, const TimeRange& b) {
  return a.starts_at < b.ends_at && b.starts_at < a.ends_at;
}

std::string civil_date_text(std::int64_t days) {
  using namespace std::chrono;
  const year_month_day date{sys_days{std::chrono::days{days}}};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return text;
}

std::optional<std::int64_t> civil_date_days(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  const std::pair<std::size_t, std::size_t> spans[3] = {{0, 4}, {5, 2}, {8, 2}};
  for (int i = 0; i < 3; ++i) {
    for (std::size_t k = 0; k < spans[i].second; ++k) {
      const char c = text[spans[i].first + k];
      if (c < '0' || c > '9') return std::nullopt;
      parts[i] = parts[i] * 10 + (c - '0');
    }
  }
  using namespace std::chrono;
  const year_month_day date{year{parts[0]}, month{static_cast<unsigned>(parts[1])},
                            day{static_cast<unsigned>(parts[2])}};
  if (!date.ok() || parts[0] < 1970) return std::nullopt;
  return sys_days{date}.time_since_epoch().count();
}

std::int64_t local_day(const TimeZone& zone, std::int64_t epoch_ms) {
  const auto seconds = floor_div(epoch_ms, 1000);
  return floor_div(seconds + zone.offset_at(seconds), kDaySeconds);
}

int weekday_of_day(std::int64_t day) {  // 1970-01-01 was a Thursday (4)
  return static_cast<int>(((day + 3) % 7 + 7) % 7) + 1;
}

std::optional<int> clock_minute(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  for (const int i : {0, 1, 3, 4}) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  }
  const int hours = (text[0] - '0') * 10 + (text[1] - '0');
  const int minutes = (text[3] - '0') * 10 + (text[4] - '0');
  if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0)) return std::nullopt;
  return hours * 60 + minutes;
}

std::vector<TimeRange> open_slots(const Availability& a, const TimeZone& zone, std::int64_t from,
                                  std::int64_t to, std::int64_t earliest,
                                  const std::vector<TimeRange>& taken) {
  std::vector<TimeRange> slots;
  if (to <= from || a.slot_minutes <= 0) return slots;
  const std::int64_t length_ms = std::int64_t{a.slot_minutes} * 60'000;
  for (auto day = local_day(zone, from) - 1; day <= local_day(zone, to) + 1; ++day) {
    const auto date = civil_date_text(day);
    if (std::find(a.days_off.begin(), a.days_off.end(), date) != a.days_off.end()) continue;
    std::vector<MinuteRange> open;
    std::vector<MinuteRange> closed;
    day_windows(a, weekday_of_day(day), date, open, closed);
    for (const auto& window : open) {
      for (int minute = window.start; minute + a.slot_minutes <= window.end;
           minute += a.slot_minutes) {
        const bool blocked = std::any_of(closed.begin(), closed.end(), [&](const MinuteRange& c) {
          return minute < c.end && minute + a.slot_minutes > c.start;
        });
        if (blocked) continue;
        const auto utc = zone.to_utc(day * kDaySeconds + std::int64_t{minute} * 60);
        if (!utc) continue;  // this wall time does not exist on this day
        const TimeRange slot{*utc * 1000, *utc * 1000 + length_ms};
        if (slot.starts_at < from || slot.starts_at >= to || slot.starts_at < earliest) continue;
        if (!on_cell_boundaries(slot.starts_at, slot.ends_at)) continue;
        const bool busy = std::any_of(taken.begin(), taken.end(),
                                      [&](const TimeRange& t) { return overlaps(slot, t); });
        if (!busy) slots.push_back(slot);
      }
    }
  }
  std::sort(slots.begin(), slots.end(),
            [](const TimeRange& x, const TimeRange& y) { return x.starts_at < y.starts_at; });
  std::vector<TimeRange> kept;
  for (const auto& slot : slots) {
    if (kept.empty() || !overlaps(kept.back(), slot)) kept.push_back(slot);
  }
  return kept;
}

}  // namespace motus::core
