// Open slots from weekly availability: the therapist's local wall times survive daylight saving
// changes, days off and closed exceptions remove slots, open exceptions add them, and booked
// times, the booking lead and the asked range are respected.
#include "core/calendar/slots.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace motus::core {
namespace {

constexpr std::int64_t kDayMs = 86'400'000;
constexpr std::int64_t kHourMs = 3'600'000;
// Local midnights as UTC-ms of the same wall clock reading: 2026-03-02 (a Monday).
constexpr std::int64_t kMonday2March = 20'514 * kDayMs;

TimeZone zone(const std::string& name) {
  std::ifstream in("/usr/share/zoneinfo/" + name, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return parse_tzif(bytes.str()).value();
}

Availability mornings(const std::string& tz, int slot_minutes = 30) {
  Availability a;
  a.time_zone = tz;
  a.slot_minutes = slot_minutes;
  for (int weekday = 1; weekday <= 5; ++weekday) a.weekly.push_back({weekday, 9 * 60, 11 * 60});
  return a;
}

TEST(CivilDates, RoundTripAndRefuseImpossibleDates) {
  EXPECT_EQ(civil_date_text(20'514), "2026-03-02");
  EXPECT_EQ(civil_date_days("2026-03-02"), 20'514);
  EXPECT_EQ(civil_date_days("2028-02-29"), 21'243);
  EXPECT_FALSE(civil_date_days("2027-02-29").has_value());
  EXPECT_FALSE(civil_date_days("2026-13-01").has_value());
  EXPECT_FALSE(civil_date_days("2026-3-01").has_value());
  EXPECT_FALSE(civil_date_days("20260301xx").has_value());
}

TEST(OpenSlots, WeekOfMorningsInUtc) {
  const auto slots =
      open_slots(mornings("UTC"), TimeZone{}, kMonday2March, kMonday2March + 7 * kDayMs, 0, {});
  ASSERT_EQ(slots.size(), 20u) << "4 half hours on each of 5 weekdays";
  EXPECT_EQ(slots.front().starts_at, kMonday2March + 9 * kHourMs);
  EXPECT_EQ(slots.front().ends_at, kMonday2March + 9 * kHourMs + 30 * 60'000);
  EXPECT_EQ(slots.back().starts_at, kMonday2March + 4 * kDayMs + 10 * kHourMs + 30 * 60'000);
}

TEST(OpenSlots, SlotLengthsOf15And45Minutes) {
  EXPECT_EQ(
      open_slots(mornings("UTC", 15), TimeZone{}, kMonday2March, kMonday2March + kDayMs, 0, {})
          .size(),
      8u);
  const auto long_slots =
      open_slots(mornings("UTC", 45), TimeZone{}, kMonday2March, kMonday2March + kDayMs, 0, {});
  ASSERT_EQ(long_slots.size(), 2u) << "09:00 and 09:45; 10:30 would end after 11:00";
  EXPECT_EQ(long_slots[1].starts_at, kMonday2March + 9 * kHourMs + 45 * 60'000);
}

TEST(OpenSlots, NineOClockStaysNineAcrossTheSpringChange) {
  const auto ny = zone("America/New_York");
  // Friday 6 March (EST, UTC-5) and Monday 9 March (EDT, UTC-4), 2026.
  const auto slots = open_slots(mornings("America/New_York"), ny, kMonday2March + 4 * kDayMs,
                                kMonday2March + 8 * kDayMs, 0, {});
  ASSERT_EQ(slots.size(), 8u);
  EXPECT_EQ(slots.front().starts_at, kMonday2March + 4 * kDayMs + 14 * kHourMs) << "09:00 EST";
  EXPECT_EQ(slots[4].starts_at, kMonday2March + 7 * kDayMs + 13 * kHourMs) << "09:00 EDT";
}

TEST(OpenSlots, WallTimesInTheGapAreSkippedAndRepeatedOnesTakenOnce) {
  const auto ny = zone("America/New_York");
  Availability a;
  a.time_zone = "America/New_York";
  a.slot_minutes = 30;
  a.weekly = {{7, 60, 4 * 60}};  // Sundays 01:00–04:00
  // Sunday 8 March 2026: 02:00–03:00 does not exist.
  const auto march8 = kMonday2March + 6 * kDayMs;
  const auto spring = open_slots(a, ny, march8, march8 + kDayMs, 0, {});
  ASSERT_EQ(spring.size(), 4u) << "01:00, 01:30, 03:00, 03:30 (02:00 and 02:30 do not exist)";
  EXPECT_EQ(spring[2].starts_at - spring[1].starts_at, 30 * 60'000)
      << "01:30 EST to 03:00 EDT is half an hour";
  // Sunday 1 November 2026: 01:00–02:00 happens twice; each wall time is offered once.
  const auto november1 = 20'758 * kDayMs;
  const auto autumn = open_slots(a, ny, november1, november1 + kDayMs, 0, {});
  ASSERT_EQ(autumn.size(), 6u);
  EXPECT_EQ(autumn[0].starts_at, november1 + 5 * kHourMs) << "01:00 EDT";
  EXPECT_EQ(autumn[2].starts_at, november1 + 7 * kHourMs) << "02:00 EST";
}

TEST(OpenSlots, DaysOffAndExceptions) {
  auto a = mornings("UTC");
  a.days_off = {"2026-03-03"};                              // Tuesday
  a.exceptions = {{"2026-03-04", 9 * 60, 10 * 60, false},   // Wednesday: closed 9–10
                  {"2026-03-07", 14 * 60, 15 * 60, true}};  // Saturday: open 14–15
  const auto slots = open_slots(a, TimeZone{}, kMonday2March, kMonday2March + 7 * kDayMs, 0, {});
  // Mon 4 + Tue 0 + Wed 2 + Thu 4 + Fri 4 + Sat 2.
  ASSERT_EQ(slots.size(), 16u);
  EXPECT_EQ(slots[4].starts_at, kMonday2March + 2 * kDayMs + 10 * kHourMs);
  EXPECT_EQ(slots.back().starts_at, kMonday2March + 5 * kDayMs + 14 * kHourMs + 30 * 60'000);
}

TEST(OpenSlots, TakenTimesLeadAndRangeAreRespected) {
  const auto a = mornings("UTC");
  const std::vector<TimeRange> taken{
      {kMonday2March + 9 * kHourMs + 15 * 60'000, kMonday2March + 9 * kHourMs + 45 * 60'000}};
  const auto slots = open_slots(a, TimeZone{}, kMonday2March, kMonday2March + kDayMs, 0, taken);
  ASSERT_EQ(slots.size(), 2u) << "09:00 and 09:30 both overlap the booking";
  EXPECT_EQ(slots[0].starts_at, kMonday2March + 10 * kHourMs);
  const auto later = open_slots(a, TimeZone{}, kMonday2March, kMonday2March + kDayMs,
                                kMonday2March + 10 * kHourMs + 1, {});
  ASSERT_EQ(later.size(), 1u) << "only 10:30 is after the earliest allowed start";
  EXPECT_TRUE(open_slots(a, TimeZone{}, kMonday2March + kDayMs, kMonday2March, 0, {}).empty());
}

TEST(OpenSlots, OverlappingOpenExceptionDoesNotDoubleOfferATime) {
  auto a = mornings("UTC");
  a.exceptions = {{"2026-03-02", 10 * 60, 12 * 60, true}};
  const auto slots = open_slots(a, TimeZone{}, kMonday2March, kMonday2March + kDayMs, 0, {});
  ASSERT_EQ(slots.size(), 6u) << "09:00 … 11:30, each once";
  for (std::size_t i = 1; i < slots.size(); ++i) {
    EXPECT_FALSE(overlaps(slots[i - 1], slots[i]));
  }
}

}  // namespace
}  // namespace motus::core
