// Practice reminders through the API on the suite's back end (GET/PUT /api/v1/me/reminders): the
// member's choice kept and read back, bad input refused by field with nothing written, the
// private calendar feed carrying a weekly "Motus practice" event with an alarm (and losing it
// when reminders are turned off), the missed-day nudge decided from the sessions done, and the
// reminder gone with the account.
#include <gtest/gtest.h>

#include <chrono>

#include "account_fixture.hpp"
#include "core/calendar/slots.hpp"

namespace motus::test {
namespace {

using nlohmann::json;

constexpr long long kDayMs = 86'400'000;

long long wall_now() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

class PracticeReminders : public SignedUpMember {
 protected:
  HttpResult put(const json& body) {
    return with_cookie(client, "PUT", "/api/v1/me/reminders", token, body.dump());
  }
  HttpResult send(const std::string& method, const std::string& target, const json& body) {
    return with_cookie(client, method, target, token, body.dump());
  }

  // Moves the server's clock `days` ahead and logs Ada in again.
  void days_later(int days) {
    server.set_clock_offset(static_cast<long long>(days) * 86'400);
    const auto again = login(client, "ada.morrow@example.com");
    ASSERT_EQ(again.status, 200) << again.body;
    token = cookie_token(again);
  }

  // One session of today's program, every exercise done.
  void do_a_session(const std::string& client_id) {
    const auto today = get("/api/v1/me/session/today");
    ASSERT_EQ(today.status, 200) << today.body;
    json exercises = json::array();
    for (const auto& e : today.json().at("exercises")) {
      exercises.push_back({{"exercise_id", e.at("exercise_id")},
                           {"done", true},
                           {"pain", 3},
                           {"difficulty", "right"}});
    }
    const auto session = send("POST", "/api/v1/me/sessions",
                              {{"client_id", client_id},
                               {"pain_before", 4},
                               {"pain_after", 3},
                               {"exercises", exercises}});
    ASSERT_EQ(session.status, 201) << session.body;
  }

  std::string feed() {
    const auto made = with_cookie(client, "POST", "/api/v1/me/calendar-feed", token);
    EXPECT_EQ(made.status, 201) << made.body;
    const auto path = made.json()["path"].get<std::string>();
    const auto text = client.get(path);  // no session: the address is the key
    EXPECT_EQ(text.status, 200) << text.body;
    EXPECT_EQ(text.header("content-type").rfind("text/calendar", 0), 0u);
    return text.body;
  }
};

void expect_field(const HttpResult& answer, const std::string& field) {
  ASSERT_EQ(answer.status, 400) << answer.body;
  const auto body = answer.json();
  ASSERT_TRUE(body.contains("errors")) << answer.body;
  EXPECT_EQ(body["errors"][0]["field"], field) << answer.body;
}

TEST_F(PracticeReminders, ChosenDaysAndTimeAreKeptAndBadInputIsRefusedByField) {
  const auto none = get("/api/v1/me/reminders");
  ASSERT_EQ(none.status, 200) << none.body;
  EXPECT_FALSE(none.json()["set"].get<bool>());
  EXPECT_TRUE(none.json()["days"].empty());

  expect_field(put({{"days", {1, 9}}, {"time", "07:30"}, {"time_zone", "UTC"}}), "days[1]");
  expect_field(put({{"days", {2, 2}}, {"time", "07:30"}, {"time_zone", "UTC"}}), "days[1]");
  expect_field(put({{"days", {1}}, {"time", "25:00"}, {"time_zone", "UTC"}}), "time");
  expect_field(put({{"days", {1}}, {"time", "07:30"}, {"time_zone", "Mars/Olympus_Mons"}}),
               "time_zone");
  expect_field(put({{"days", {1}}, {"time", "07:30"}}), "time_zone");
  EXPECT_FALSE(get("/api/v1/me/reminders").json()["set"].get<bool>()) << "nothing written";
  EXPECT_EQ(server.scalar("SELECT count(*) FROM practice_reminders"), "0");

  const auto saved = put({{"days", {5, 1, 3}}, {"time", "07:30"}, {"time_zone", "Europe/Madrid"}});
  ASSERT_EQ(saved.status, 200) << saved.body;
  const auto read = get("/api/v1/me/reminders").json();
  EXPECT_TRUE(read["set"].get<bool>());
  EXPECT_EQ(read["days"], json::array({1, 3, 5}));
  EXPECT_EQ(read["time"], "07:30");
  EXPECT_EQ(read["time_zone"], "Europe/Madrid");
  EXPECT_FALSE(read.contains("missed")) << "set today: nothing missed yet";
  EXPECT_EQ(saved.json(), read);
  EXPECT_EQ(server.scalar("SELECT count(*) FROM audit_log WHERE member_id = $1 AND "
                          "entity = 'reminders' AND action = 'write'",
                          {member_id}),
            "1");

  const auto changed = put({{"days", {6}}, {"time", "18:00"}, {"time_zone", "Europe/Madrid"}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(get("/api/v1/me/reminders").json()["days"], json::array({6}));
  EXPECT_EQ(server.scalar("SELECT count(*) FROM practice_reminders"), "1");
}

TEST_F(PracticeReminders, TheCalendarFeedCarriesAWeeklyEventWithAnAlarmAndNoHealthData) {
  ASSERT_EQ(put({{"days", {1, 3, 5}}, {"time", "07:30"}, {"time_zone", "Europe/Madrid"}}).status,
            200);
  const auto text = feed();
  EXPECT_NE(text.find("UID:practice-" + member_id + "@motus\r\n"), std::string::npos) << text;
  EXPECT_NE(text.find("RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR\r\n"), std::string::npos) << text;
  EXPECT_NE(text.find("SUMMARY:Motus practice\r\n"), std::string::npos) << text;
  EXPECT_NE(text.find("BEGIN:VALARM\r\nACTION:DISPLAY\r\n"), std::string::npos) << text;
  // Floating local time: 07:30 wherever the phone is, no zone on the start.
  const auto start = text.find("DTSTART:");
  ASSERT_NE(start, std::string::npos);
  EXPECT_EQ(text.substr(start + 8 + 8, 8), "T073000\r") << text;
  EXPECT_EQ(text.find("TZID"), std::string::npos);
  for (const auto* word : {"pain", "Ada", "Morrow", "exercise", "program"}) {
    EXPECT_EQ(text.find(word), std::string::npos) << word << " in the feed:\n" << text;
  }

  ASSERT_EQ(
      put({{"days", json::array()}, {"time", "07:30"}, {"time_zone", "Europe/Madrid"}}).status,
      200);
  const auto off = feed();
  EXPECT_EQ(off.find("Motus practice"), std::string::npos) << "reminders off: no event\n" << off;
}

TEST_F(PracticeReminders, TodayIsNudgedWhenAChosenDayWentByWithoutASession) {
  ASSERT_EQ(put({{"days", {1, 2, 3, 4, 5, 6, 7}}, {"time", "08:00"}, {"time_zone", "UTC"}}).status,
            200);
  days_later(2);
  if (HasFatalFailure()) return;
  EXPECT_FALSE(get("/api/v1/me/reminders").json().contains("missed"))
      << "no program to follow yet: no nudge";

  ASSERT_EQ(send("POST", "/api/v1/me/intake", self_care_intake()).status, 201);
  const auto nudged = get("/api/v1/me/reminders");
  ASSERT_EQ(nudged.status, 200) << nudged.body;
  const auto yesterday = (wall_now() + 2 * kDayMs) / kDayMs - 1;
  ASSERT_TRUE(nudged.json().contains("missed")) << nudged.body;
  EXPECT_EQ(nudged.json()["missed"]["date"], core::civil_date_text(yesterday));
  EXPECT_EQ(nudged.json()["missed"]["weekday"], static_cast<int>(((yesterday + 3) % 7) + 1));

  do_a_session("catch-up-1");
  if (HasFatalFailure()) return;
  EXPECT_FALSE(get("/api/v1/me/reminders").json().contains("missed"))
      << "a session since the missed day clears the nudge";
}

TEST_F(PracticeReminders, TheReminderGoesWithTheAccount) {
  ASSERT_EQ(put({{"days", {2}}, {"time", "19:00"}, {"time_zone", "UTC"}}).status, 200);
  const auto gone = send("DELETE", "/api/v1/me", {{"password", kGoodPassword}});
  ASSERT_EQ(gone.status, 204) << gone.body;
  EXPECT_EQ(server.scalar("SELECT count(*) FROM practice_reminders"), "0");
}

}  // namespace
}  // namespace motus::test
