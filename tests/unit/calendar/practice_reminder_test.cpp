// Practice reminders: what a member may choose (days 1-7 once each, a time of day, a zone name),
// the local day of a session in the member's zone, which chosen day Today calls missed, and the
// weekly "Motus practice" event the calendar feed carries (floating local time, BYDAY, an alarm).
#include "core/calendar/practice_reminder.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace motus::core {
namespace {

using nlohmann::json;

constexpr std::int64_t kDayMs = 86'400'000;
constexpr std::int64_t kHourMs = 3'600'000;
// 2026-03-02, a Monday, as days since 1970-01-01.
constexpr std::int64_t kMonday = 20'514;

TimeZone zone(const std::string& name) {
  std::ifstream in("/usr/share/zoneinfo/" + name, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return parse_tzif(bytes.str()).value();
}

std::optional<ReminderProblem> read(const json& body, PracticeReminder& out) {
  return read_practice_reminder(body, out);
}

TEST(PracticeReminder, ReadsDaysInAnyOrderTheTimeAndTheZone) {
  PracticeReminder r;
  ASSERT_FALSE(read({{"days", {5, 1, 3}}, {"time", "07:30"}, {"time_zone", "Europe/Madrid"}}, r));
  EXPECT_EQ(r.weekdays, (std::vector<int>{1, 3, 5}));
  EXPECT_EQ(r.minute, 7 * 60 + 30);
  EXPECT_EQ(r.time_zone, "Europe/Madrid");
  PracticeReminder off;
  ASSERT_FALSE(read({{"days", json::array()}, {"time", "00:00"}, {"time_zone", "UTC"}}, off));
  EXPECT_TRUE(off.weekdays.empty());
}

TEST(PracticeReminder, EachProblemNamesItsField) {
  const auto field_of = [](const json& body) {
    PracticeReminder r;
    const auto problem = read_practice_reminder(body, r);
    return problem ? problem->field : std::string("none");
  };
  const json good = {{"days", {1}}, {"time", "18:00"}, {"time_zone", "UTC"}};
  auto with = [&](const std::string& key, const json& value) {
    auto body = good;
    body[key] = value;
    return body;
  };
  EXPECT_EQ(field_of(good), "none");
  EXPECT_EQ(field_of(with("days", "monday")), "days");
  EXPECT_EQ(field_of(with("days", {1, 8})), "days[1]");
  EXPECT_EQ(field_of(with("days", {0})), "days[0]");
  EXPECT_EQ(field_of(with("days", {2, 2})), "days[1]");
  EXPECT_EQ(field_of(with("days", {1, 2, 3, 4, 5, 6, 7, 1})), "days");
  EXPECT_EQ(field_of(with("time", "24:00")), "time");
  EXPECT_EQ(field_of(with("time", "7:30")), "time");
  EXPECT_EQ(field_of(with("time", "07:60")), "time");
  EXPECT_EQ(field_of(with("time", 730)), "time");
  EXPECT_EQ(field_of(with("time_zone", "../../etc/passwd")), "time_zone");
  EXPECT_EQ(field_of(with("time_zone", "")), "time_zone");
  EXPECT_EQ(field_of(with("sound", "bell")), "sound");
  auto no_time = good;
  no_time.erase("time");
  EXPECT_EQ(field_of(no_time), "time");
  EXPECT_EQ(field_of(json::array()), "reminders");
}

TEST(PracticeReminder, DaysAsStoredTextAndBack) {
  EXPECT_EQ(weekdays_text({1, 3, 7}), "1,3,7");
  EXPECT_EQ(weekdays_of_text("1,3,7"), (std::vector<int>{1, 3, 7}));
  EXPECT_TRUE(weekdays_of_text("").empty());
  EXPECT_TRUE(weekdays_of_text("1,9").empty());
  EXPECT_TRUE(weekdays_of_text("12").empty());
}

TEST(PracticeReminder, LocalDayAndWeekday) {
  EXPECT_EQ(weekday_of_day(0), 4);  // 1970-01-01, a Thursday
  EXPECT_EQ(weekday_of_day(kMonday), 1);
  EXPECT_EQ(weekday_of_day(kMonday - 1), 7);
  // 23:30 UTC on Monday is already Tuesday in Madrid and still Monday in Chicago.
  const auto late_monday = kMonday * kDayMs + 23 * kHourMs + 30 * 60'000;
  EXPECT_EQ(local_day(TimeZone{}, late_monday), kMonday);
  EXPECT_EQ(local_day(zone("Europe/Madrid"), late_monday), kMonday + 1);
  EXPECT_EQ(local_day(zone("America/Chicago"), late_monday), kMonday);
  EXPECT_EQ(local_day(zone("America/Chicago"), kMonday * kDayMs + 2 * kHourMs), kMonday - 1);
}

TEST(PracticeReminder, TheLatestChosenDayWithoutASessionIsMissed) {
  const PracticeReminder mwf{{1, 3, 5}, 7 * 60, "UTC"};
  const auto set_long_ago = kMonday - 30;
  const auto thursday = kMonday + 3;
  // Wednesday went by with nothing done: Thursday names it.
  EXPECT_EQ(missed_practice_day(mwf, thursday, set_long_ago, {}), kMonday + 2);
  // Practising on Wednesday, or since (Thursday itself), clears it.
  EXPECT_FALSE(missed_practice_day(mwf, thursday, set_long_ago, {kMonday + 2}));
  EXPECT_FALSE(missed_practice_day(mwf, thursday, set_long_ago, {thursday}));
  // A session on Monday does not cover Wednesday.
  EXPECT_EQ(missed_practice_day(mwf, thursday, set_long_ago, {kMonday}), kMonday + 2);
  // Today is not over, so Wednesday itself misses nothing yet; Monday was the chosen day before.
  EXPECT_EQ(missed_practice_day(mwf, kMonday + 2, set_long_ago, {}), kMonday);
  // Only the latest chosen day counts: Friday done, so Saturday shows nothing for Wednesday.
  EXPECT_FALSE(missed_practice_day(mwf, kMonday + 5, set_long_ago, {kMonday + 4}));
  // Not before the day the reminder was set: set on Thursday, nothing is missed that week.
  EXPECT_FALSE(missed_practice_day(mwf, kMonday + 4, kMonday + 3, {}));
  // Set on Wednesday itself: Wednesday counts.
  EXPECT_EQ(missed_practice_day(mwf, thursday, kMonday + 2, {}), kMonday + 2);
  // A week back at most: a Sunday-only reminder on the next Sunday looks at last Sunday.
  const PracticeReminder sundays{{7}, 9 * 60, "UTC"};
  EXPECT_EQ(missed_practice_day(sundays, kMonday + 6, set_long_ago, {}), kMonday - 1);
  // Reminders off: nothing is ever missed.
  EXPECT_FALSE(missed_practice_day(PracticeReminder{}, thursday, set_long_ago, {}));
}

TEST(PracticeReminder, TheWeeklyEventStartsOnTheFirstChosenDayFromWhenItWasSet) {
  const PracticeReminder tue_sat{{2, 6}, 18 * 60 + 45, "Europe/Madrid"};
  const auto event = practice_event(tue_sat, "m-1", kMonday + 3, 1'000, 2);
  ASSERT_TRUE(event);
  EXPECT_EQ(event->first_day, kMonday + 5);  // set on Thursday: Saturday comes first
  EXPECT_EQ(event->minute, 18 * 60 + 45);
  EXPECT_EQ(event->weekdays, (std::vector<int>{2, 6}));
  EXPECT_EQ(event->summary, "Motus practice");
  EXPECT_EQ(event->uid, "practice-m-1@motus");
  EXPECT_EQ(event->duration_minutes, kPracticeEventMinutes);
  EXPECT_EQ(practice_event(tue_sat, "m-1", kMonday + 1, 1'000, 0)->first_day, kMonday + 1);
  EXPECT_FALSE(practice_event(PracticeReminder{}, "m-1", kMonday, 1'000, 0));
}

TEST(PracticeReminder, TheFeedEventIsFloatingWeeklyWithAnAlarmAndNoHealthWords) {
  const auto event = practice_event({{1, 3, 5}, 7 * 60 + 30, "Europe/Madrid"}, "m-1", kMonday,
                                    1'780'000'000'000, 4);
  const auto text = calendar_text({}, Language::en, {*event});
  EXPECT_NE(text.find("BEGIN:VEVENT\r\nUID:practice-m-1@motus\r\nDTSTAMP:20260528T202640Z\r\n"
                      "DTSTART:20260302T073000\r\nDURATION:PT15M\r\n"
                      "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR\r\nSEQUENCE:4\r\n"
                      "SUMMARY:Motus practice\r\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Motus practice\r\n"
                      "TRIGGER:PT0S\r\nEND:VALARM\r\nEND:VEVENT\r\n"),
            std::string::npos)
      << text;
  // Floating time: no zone on the start and no VTIMEZONE to get wrong.
  EXPECT_EQ(text.find("TZID"), std::string::npos);
  EXPECT_EQ(text.find("VTIMEZONE"), std::string::npos);
  EXPECT_EQ(text.find("DTSTART:20260302T073000Z"), std::string::npos);
  EXPECT_EQ(text.substr(text.size() - 15), "END:VCALENDAR\r\n");
  // Reminders off: no event at all.
  WeeklyEvent off = *event;
  off.weekdays.clear();
  EXPECT_EQ(calendar_text({}, Language::en, {off}).find("VEVENT"), std::string::npos);
  // In Spanish the event says so in Spanish, and still nothing more.
  const auto spanish = practice_event({{1, 3, 5}, 7 * 60 + 30, "Europe/Madrid"}, "m-1", kMonday,
                                      1'780'000'000'000, 4, Language::es);
  EXPECT_NE(calendar_text({}, Language::es, {*spanish}).find("SUMMARY:Práctica de Motus\r\n"),
            std::string::npos);
}

}  // namespace
}  // namespace motus::core
