// What availability may be saved, and which field each refusal names.
#include "core/calendar/availability_rules.hpp"

#include <gtest/gtest.h>

namespace motus::core {
namespace {

Availability good() {
  Availability a;
  a.time_zone = "Europe/Berlin";
  a.slot_minutes = 30;
  a.weekly = {{1, 540, 720}, {1, 780, 1020}, {7, 0, 1440}};
  a.days_off = {"2026-12-24", "2026-12-25"};
  a.exceptions = {{"2026-12-19", 600, 660, true}, {"2026-12-21", 540, 555, false}};
  return a;
}

std::string field_of(const Availability& a) {
  const auto problem = availability_problem(a);
  return problem ? problem->field : "";
}

TEST(AvailabilityRules, AGoodWeekPasses) { EXPECT_EQ(field_of(good()), ""); }

TEST(AvailabilityRules, EachProblemNamesItsField) {
  auto a = good();
  a.slot_minutes = 20;
  EXPECT_EQ(field_of(a), "slot_minutes");
  a = good();
  a.weekly[1].weekday = 8;
  EXPECT_EQ(field_of(a), "weekly[1].weekday");
  a = good();
  a.weekly[0].start_minute = 545;
  EXPECT_EQ(field_of(a), "weekly[0].start");
  a = good();
  a.weekly[0].end_minute = 1450;
  EXPECT_EQ(field_of(a), "weekly[0].end");
  a = good();
  a.weekly[0].end_minute = 555;  // shorter than one 30-minute slot
  EXPECT_EQ(field_of(a), "weekly[0].end");
  a = good();
  a.weekly[1].start_minute = 705;  // overlaps 09:00–12:00 on Monday
  a.weekly[1].start_minute = 690;
  EXPECT_EQ(field_of(a), "weekly[1].start");
  a = good();
  a.days_off[1] = "2026-02-30";
  EXPECT_EQ(field_of(a), "days_off[1]");
  a = good();
  a.days_off[1] = a.days_off[0];
  EXPECT_EQ(field_of(a), "days_off[1]");
  a = good();
  a.exceptions[0].day = "tomorrow";
  EXPECT_EQ(field_of(a), "exceptions[0].day");
  a = good();
  a.exceptions[0].end_minute = 620;  // an open change shorter than a slot
  EXPECT_EQ(field_of(a), "exceptions[0].end");
  a = good();
  a.weekly.assign(kMostWeeklyWindows + 1, {1, 0, 30});
  EXPECT_EQ(field_of(a), "weekly");
}

}  // namespace
}  // namespace motus::core
