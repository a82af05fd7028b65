// Telehealth appointments through the API, on the suite's back end: availability and its field
// errors, slots in the therapist's time zone across a daylight saving change, booking (also by
// the therapist), the member's cut-off, missed visits, reminders, the .ics download and the
// private feed, ownership, and double booking under concurrent requests to two servers on one
// database.
#include <gtest/gtest.h>

#include <atomic>
#include <cctype>
#include <chrono>
#include <thread>

#include "member_with_therapist.hpp"

namespace motus::test {
namespace {

constexpr long long kMinute = 60'000;
constexpr long long kHour = 60 * kMinute;
constexpr long long kDay = 24 * kHour;

long long wall_now() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

nlohmann::json every_day(const std::string& zone = "UTC", int slot_minutes = 30) {
  nlohmann::json weekly = nlohmann::json::array();
  for (int day = 1; day <= 7; ++day) {
    weekly.push_back({{"weekday", day}, {"start", "08:00"}, {"end", "18:00"}});
  }
  return {{"time_zone", zone}, {"slot_minutes", slot_minutes}, {"weekly", weekly}};
}

// Rosters store names normalised (lower-case), so the SQL seed writes them that way.
std::string lower(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

class Appointments : public MemberWithTherapist {
 protected:
  void SetUp() override {
    MemberWithTherapist::SetUp();
    if (HasFatalFailure()) return;
    const auto saved = as_therapist("PUT", "/api/v1/care/availability", every_day());
    ASSERT_EQ(saved.status, 200) << saved.body;
  }

  HttpResult as_member(const std::string& method, const std::string& target,
                       const nlohmann::json& body = nullptr) {
    return with_cookie(client, method, target, token, body.is_null() ? "" : body.dump());
  }

  // Moves the server's clock so that it reads `at` (epoch ms), and logs both people in again
  // (their sessions' idle timeout has passed).
  void move_clock_to(long long at) {
    server.set_clock_offset((at - wall_now()) / 1000);
    const auto again = login(client, "ada.morrow@example.com");
    ASSERT_EQ(again.status, 200) << again.body;
    token = cookie_token(again);
    therapist = bearer_login(client, "pt@example.com", kGoodPassword);
  }

  // The member's open slots from `from_now` ahead of the server's clock, for two days.
  nlohmann::json slots(long long from_now, long long offset_seconds = 0) {
    const auto from = wall_now() + offset_seconds * 1000 + from_now;
    auto answer = as_member("GET", "/api/v1/me/appointments/slots?from=" + std::to_string(from) +
                                       "&to=" + std::to_string(from + 2 * kDay));
    EXPECT_EQ(answer.status, 200) << answer.body;
    return answer.json()["slots"];
  }

  nlohmann::json book(const nlohmann::json& slot, int expected = 201) {
    nlohmann::json body = {{"starts_at", slot["starts_at"]}};
    if (slot.contains("ends_at")) body["ends_at"] = slot["ends_at"];
    auto answer = as_member("POST", "/api/v1/me/appointments", body);
    EXPECT_EQ(answer.status, expected) << answer.body;
    return answer.json();
  }

  // A second member of the same organization, assigned to the same therapist; their session.
  std::string another_member(const std::string& first, const std::string& last,
                             const std::string& email) {
    server.console().execute(
        "INSERT INTO roster_entries (organization_id, first_name, last_name, date_of_birth, email, "
        "line) VALUES ($1, $2, $3, '1985-06-01', $4, 3)",
        {std::string(kOrganizationId), lower(first), lower(last), email});
    auto signup = client.post_json("/api/v1/auth/signup", {{"email", email},
                                                           {"password", kGoodPassword},
                                                           {"first_name", first},
                                                           {"last_name", last},
                                                           {"date_of_birth", "1985-06-01"},
                                                           {"enrollment_code", "RIVER"}});
    EXPECT_EQ(signup.status, 201) << signup.body;
    const auto id = server.scalar("SELECT id FROM users WHERE email = $1", {email});
    const auto admin = bearer_login(client, "root@example.com", kGoodPassword);
    const auto therapist_id = server.scalar("SELECT id FROM users WHERE email = 'pt@example.com'");
    EXPECT_EQ(bearer_call(client, admin, "PUT", "/api/v1/admin/members/" + id + "/therapist",
                          {{"therapist_id", therapist_id}})
                  .status,
              200);
    return bearer_login(client, email, kGoodPassword);
  }
};

TEST_F(Appointments, AvailabilityRoundTripsAndNamesTheFieldItRefuses) {
  auto week = every_day("Europe/Berlin", 45);
  week["days_off"] = {"2027-12-24"};
  week["exceptions"] = {
      {{"day", "2027-12-19"}, {"start", "10:00"}, {"end", "12:00"}, {"kind", "open"}}};
  ASSERT_EQ(as_therapist("PUT", "/api/v1/care/availability", week).status, 200);
  const auto read = as_therapist("GET", "/api/v1/care/availability").json();
  EXPECT_TRUE(read["set"].get<bool>());
  EXPECT_EQ(read["time_zone"], "Europe/Berlin");
  EXPECT_EQ(read["slot_minutes"], 45);
  EXPECT_EQ(read["weekly"].size(), 7u);
  EXPECT_EQ(read["weekly"][0]["start"], "08:00");
  EXPECT_EQ(read["days_off"][0], "2027-12-24");
  EXPECT_EQ(read["exceptions"][0]["kind"], "open");

  const auto field_of = [&](nlohmann::json body) {
    auto answer = as_therapist("PUT", "/api/v1/care/availability", body);
    EXPECT_EQ(answer.status, 400) << answer.body;
    return answer.json()["errors"][0]["field"].get<std::string>();
  };
  auto bad = every_day();
  bad["time_zone"] = "Mars/Olympus_Mons";
  EXPECT_EQ(field_of(bad), "time_zone");
  bad = every_day();
  bad["time_zone"] = "../../etc/passwd";
  EXPECT_EQ(field_of(bad), "time_zone");
  bad = every_day();
  bad["slot_minutes"] = 20;
  EXPECT_EQ(field_of(bad), "slot_minutes");
  bad = every_day();
  bad["weekly"][2]["end"] = "25:00";
  EXPECT_EQ(field_of(bad), "weekly[2].end");
  bad = every_day();
  bad["weekly"][3]["start"] = "08:10";
  EXPECT_EQ(field_of(bad), "weekly[3].start");
  bad = every_day();
  bad["holidays"] = nlohmann::json::array();
  EXPECT_EQ(field_of(bad), "holidays");
  // Nothing of a refused change was kept.
  EXPECT_EQ(as_therapist("GET", "/api/v1/care/availability").json()["time_zone"], "Europe/Berlin");
  EXPECT_EQ(as_member("PUT", "/api/v1/care/availability", every_day()).status, 403);
}

// New York, Monday to Friday 09:00–10:00: on Friday 12 March 2027 (EST) that is 14:00Z, on
// Monday 15 March (EDT, after the change on the 14th) 13:00Z.
TEST_F(Appointments, SlotsKeepTheTherapistsWallClockAcrossDaylightSaving) {
  nlohmann::json weekly = nlohmann::json::array();
  for (int day = 1; day <= 5; ++day) {
    weekly.push_back({{"weekday", day}, {"start", "09:00"}, {"end", "10:00"}});
  }
  ASSERT_EQ(
      as_therapist("PUT", "/api/v1/care/availability",
                   {{"time_zone", "America/New_York"}, {"slot_minutes", 30}, {"weekly", weekly}})
          .status,
      200);
  const long long monday8 = 1'804'464'000'000;  // 2027-03-08T00:00Z
  move_clock_to(monday8);
  const auto answer =
      as_member("GET", "/api/v1/me/appointments/slots?from=1804809600000&to=1805155200000");
  ASSERT_EQ(answer.status, 200) << answer.body;
  const auto body = answer.json();
  EXPECT_EQ(body["therapist_time_zone"], "America/New_York");
  EXPECT_EQ(body["therapist_name"], "Robin Hale");
  ASSERT_EQ(body["slots"].size(), 4u) << body.dump();
  EXPECT_EQ(body["slots"][0]["starts_at"], 1'804'860'000'000) << "Fri 09:00 EST = 14:00Z";
  EXPECT_EQ(body["slots"][1]["starts_at"], 1'804'860'000'000 + 30 * kMinute);
  EXPECT_EQ(body["slots"][2]["starts_at"], 1'805'115'600'000) << "Mon 09:00 EDT = 13:00Z";
  EXPECT_EQ(body["slots"][3]["ends_at"], 1'805'115'600'000 + kHour);
  // Bad ranges name their parameter.
  auto bad = as_member("GET", "/api/v1/me/appointments/slots?from=soon");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.json()["errors"][0]["field"], "from");
  bad = as_member("GET", "/api/v1/me/appointments/slots?from=1804809600000&to=1904809600000");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.json()["errors"][0]["field"], "to");
}

TEST_F(Appointments, BookedTimeIsGoneAndOnlyOpenTimesCanBeBooked) {
  const auto open = slots(3 * kDay);
  ASSERT_GE(open.size(), 10u);
  const auto booked = book(open[0]);
  EXPECT_EQ(booked["appointment"]["status"], "booked");
  EXPECT_EQ(booked["appointment"]["therapist_name"], "Robin Hale");
  EXPECT_EQ(booked["appointment"]["visit_path"],
            "/visits/" + booked["appointment"]["id"].get<std::string>());
  const auto after = slots(3 * kDay);
  EXPECT_EQ(after.size(), open.size() - 1);
  EXPECT_NE(after[0]["starts_at"], open[0]["starts_at"]);
  // The same time again: taken.
  auto again = book(open[0], 409);
  EXPECT_EQ(again["code"], "slot_taken");
  // A time the therapist does not offer (02:00 UTC) and one off the grid.
  const long long night = (open[0]["starts_at"].get<long long>() / kDay) * kDay + 2 * kHour;
  auto closed = book({{"starts_at", night}, {"ends_at", night + 30 * kMinute}}, 400);
  EXPECT_EQ(closed["errors"][0]["field"], "starts_at");
  auto skewed = book({{"starts_at", open[2]["starts_at"].get<long long>() + kMinute},
                      {"ends_at", open[2]["ends_at"].get<long long>() + kMinute}},
                     400);
  EXPECT_EQ(skewed["errors"][0]["field"], "starts_at");
  auto soon = book({{"starts_at", 0}}, 400);
  EXPECT_EQ(soon["errors"][0]["field"], "starts_at");
  EXPECT_EQ(book({{"starts_at", "tomorrow"}}, 400)["errors"][0]["field"], "starts_at");
  const auto list = as_member("GET", "/api/v1/me/appointments").json();
  ASSERT_EQ(list["upcoming"].size(), 1u);
  EXPECT_TRUE(list["past"].empty());
  EXPECT_EQ(count("appointments"), 1);
  EXPECT_GE(
      std::stoll(server.scalar(
          "SELECT count(*) FROM audit_log WHERE entity = 'appointment' AND action = 'write'")),
      1);
}

// Six members of one therapist each ask for the same half hour at once, half of them through a
// second server on the same database: exactly one booking exists afterwards.
TEST_F(Appointments, ConcurrentBookingsOfOneTimeOnTwoServersLeaveExactlyOne) {
  ServerProcess second(ServerOptions{{}, {}, server.db_url()});
  std::vector<std::string> members;
  for (int i = 0; i < 5; ++i) {
    members.push_back(another_member("Racer", "Number" + std::string(1, static_cast<char>('a' + i)),
                                     "racer" + std::to_string(i) + "@example.com"));
  }
  const auto slot = slots(3 * kDay)[0];
  const nlohmann::json body = {{"starts_at", slot["starts_at"]}, {"ends_at", slot["ends_at"]}};
  std::atomic<int> created{0};
  std::atomic<int> taken{0};
  std::atomic<int> other{0};
  std::vector<std::thread> callers;
  const auto record = [&](const HttpResult& answer) {
    if (answer.status == 201) {
      ++created;
    } else if (answer.status == 409 && answer.json()["code"] == "slot_taken") {
      ++taken;
    } else {
      ++other;
    }
  };
  callers.emplace_back([&] { record(as_member("POST", "/api/v1/me/appointments", body)); });
  for (std::size_t i = 0; i < members.size(); ++i) {
    const auto port = i % 2 == 0 ? second.port() : server.server().port();
    callers.emplace_back([&, i, port] {
      record(bearer_call(HttpClient(port), members[i], "POST", "/api/v1/me/appointments", body));
    });
  }
  for (auto& caller : callers) caller.join();
  EXPECT_EQ(created.load(), 1);
  EXPECT_EQ(taken.load(), 5);
  EXPECT_EQ(other.load(), 0);
  EXPECT_EQ(count("appointments WHERE status = 'booked'"), 1);
  // A half-hour visit holds two 15-minute cells (core/calendar/booking_cells.hpp kCellMs) for the
  // therapist and the same two for the member.
  EXPECT_EQ(count("appointment_holds"), 4) << "two cells each for therapist and member";
}

TEST_F(Appointments, MemberChangesUntilTheCutOffTherapistUntilTheStart) {
  const auto open = slots(3 * kDay);
  const auto id = book(open[0])["appointment"]["id"].get<std::string>();
  auto moved =
      as_member("PATCH", "/api/v1/me/appointments/" + id, {{"starts_at", open[3]["starts_at"]}});
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(moved.json()["appointment"]["starts_at"], open[3]["starts_at"]);
  // Its old time is open again.
  EXPECT_EQ(slots(3 * kDay)[0]["starts_at"], open[0]["starts_at"]);
  // 23 hours before the visit: too late for the member.
  const auto starts = open[3]["starts_at"].get<long long>();
  move_clock_to(starts - 23 * kHour);
  auto late =
      as_member("PATCH", "/api/v1/me/appointments/" + id, {{"starts_at", open[5]["starts_at"]}});
  EXPECT_EQ(late.status, 409);
  EXPECT_EQ(late.json()["code"], "past_cutoff");
  auto late_cancel = as_member("DELETE", "/api/v1/me/appointments/" + id);
  EXPECT_EQ(late_cancel.status, 409);
  EXPECT_EQ(late_cancel.json()["code"], "past_cutoff");
  EXPECT_FALSE(
      as_member("GET", "/api/v1/me/appointments").json()["upcoming"][0]["can_change"].get<bool>());
  // The therapist still can.
  auto cancelled = as_therapist("DELETE", "/api/v1/care/appointments/" + id);
  ASSERT_EQ(cancelled.status, 200) << cancelled.body;
  EXPECT_EQ(cancelled.json()["appointment"]["status"], "cancelled");
  EXPECT_EQ(as_therapist("DELETE", "/api/v1/care/appointments/" + id).json()["code"], "not_booked");
  const auto list = as_member("GET", "/api/v1/me/appointments").json();
  EXPECT_TRUE(list["upcoming"].empty());
  ASSERT_EQ(list["past"].size(), 1u);
  EXPECT_EQ(list["past"][0]["status"], "cancelled");
}

TEST_F(Appointments, MemberCancelsEarlyAndTheTimeOpensAgain) {
  const auto open = slots(3 * kDay);
  const auto id = book(open[1])["appointment"]["id"].get<std::string>();
  auto cancelled = as_member("DELETE", "/api/v1/me/appointments/" + id);
  ASSERT_EQ(cancelled.status, 200) << cancelled.body;
  EXPECT_EQ(cancelled.json()["appointment"]["status"], "cancelled");
  EXPECT_EQ(slots(3 * kDay).size(), open.size());
  EXPECT_EQ(server.scalar("SELECT cancelled_by FROM appointments WHERE id = $1", {id}), member_id);
}

TEST_F(Appointments, RemindersCountdownAndTheMissedVisit) {
  const auto open = slots(3 * kDay);
  const auto id = book(open[0])["appointment"]["id"].get<std::string>();
  const auto starts = open[0]["starts_at"].get<long long>();
  const auto at = [&](long long before_start) { move_clock_to(starts - before_start); };
  at(5 * kHour);
  auto mine = as_member("GET", "/api/v1/me/appointments").json()["upcoming"][0];
  EXPECT_EQ(mine["reminder"], "day_before");
  EXPECT_FALSE(mine["join_open"].get<bool>());
  at(2 * kHour + 10 * kMinute);
  auto care = as_therapist("GET", "/api/v1/care/appointments").json()["appointments"][0];
  EXPECT_EQ(care["countdown"], "visit in 2 h");
  EXPECT_EQ(care["member_name"], "Ada Morrow");
  EXPECT_EQ(care["member_id"], member_id);
  at(5 * kMinute - 30 * 1000);
  mine = as_member("GET", "/api/v1/me/appointments").json()["upcoming"][0];
  EXPECT_EQ(mine["reminder"], "starting_soon");
  EXPECT_TRUE(mine["join_open"].get<bool>());
  EXPECT_EQ(as_therapist("GET", "/api/v1/care/appointments").json()["appointments"][0]["countdown"],
            "visit in 5 min");
  // Nobody came: 16 minutes after the end, the visit is marked missed, in the database too.
  at(-(30 + 16) * kMinute);
  const auto list = as_member("GET", "/api/v1/me/appointments").json();
  EXPECT_TRUE(list["upcoming"].empty());
  ASSERT_EQ(list["past"].size(), 1u);
  EXPECT_EQ(list["past"][0]["status"], "missed");
  EXPECT_EQ(server.scalar("SELECT status FROM appointments WHERE id = $1", {id}), "missed");
}

TEST_F(Appointments, IcsDownloadAndPrivateFeed) {
  const auto open = slots(3 * kDay);
  const auto id = book(open[0])["appointment"]["id"].get<std::string>();
  const auto ics = as_member("GET", "/api/v1/me/appointments/" + id + "/calendar.ics");
  ASSERT_EQ(ics.status, 200) << ics.body;
  EXPECT_EQ(ics.header("content-type"), "text/calendar; charset=utf-8");
  EXPECT_NE(ics.header("content-disposition").find("attachment"), std::string::npos);
  EXPECT_NE(ics.body.find("SUMMARY:Motus video visit\r\n"), std::string::npos);
  EXPECT_NE(ics.body.find("UID:" + id + "@motus\r\n"), std::string::npos);
  EXPECT_EQ(ics.body.find("Ada"), std::string::npos) << "no names, no health data";
  EXPECT_EQ(ics.body.find("Robin"), std::string::npos);

  EXPECT_FALSE(as_member("GET", "/api/v1/me/calendar-feed").json()["active"].get<bool>());
  const auto made = as_member("POST", "/api/v1/me/calendar-feed");
  ASSERT_EQ(made.status, 201) << made.body;
  const auto path = made.json()["path"].get<std::string>();
  ASSERT_EQ(path.rfind("/api/v1/calendar/", 0), 0u);
  EXPECT_TRUE(as_member("GET", "/api/v1/me/calendar-feed").json()["active"].get<bool>());
  const auto feed = client.get(path);  // no session at all
  ASSERT_EQ(feed.status, 200) << feed.body;
  EXPECT_NE(feed.body.find("BEGIN:VCALENDAR\r\n"), std::string::npos);
  EXPECT_NE(feed.body.find("UID:" + id + "@motus"), std::string::npos);
  EXPECT_EQ(feed.body.find("Ada"), std::string::npos);
  // The therapist's own feed has the same visit.
  const auto therapist_feed = as_therapist("POST", "/api/v1/me/calendar-feed").json()["path"];
  EXPECT_NE(client.get(therapist_feed.get<std::string>()).body.find(id), std::string::npos);
  // A new address revokes the old; revoking ends the new one. Only hashes are stored.
  const auto second =
      as_member("POST", "/api/v1/me/calendar-feed").json()["path"].get<std::string>();
  EXPECT_EQ(client.get(path).status, 404);
  EXPECT_EQ(client.get(second).status, 200);
  const auto token = second.substr(17, second.size() - 17 - 4);
  EXPECT_EQ(count("calendar_feeds WHERE token_hash = '" + token + "'"), 0);
  EXPECT_EQ(as_member("DELETE", "/api/v1/me/calendar-feed").status, 204);
  EXPECT_EQ(client.get(second).status, 404);
  EXPECT_EQ(client.get("/api/v1/calendar/not-a-token.ics").status, 404);
  EXPECT_GE(
      std::stoll(server.scalar("SELECT count(*) FROM audit_log WHERE entity = 'calendar_feed' "
                               "AND action = 'read' AND actor_id = $1",
                               {member_id})),
      2);
}

TEST_F(Appointments, TheCalendarSpeaksThePersonsLanguage) {
  const auto open = slots(3 * kDay);
  const auto id = book(open[0])["appointment"]["id"].get<std::string>();
  const auto path = as_member("POST", "/api/v1/me/calendar-feed").json()["path"].get<std::string>();
  ASSERT_EQ(as_member("PUT", "/api/v1/me/language", {{"language", "es"}}).status, 200);
  const auto download = as_member("GET", "/api/v1/me/appointments/" + id + "/calendar.ics");
  ASSERT_EQ(download.status, 200) << download.body;
  EXPECT_NE(download.body.find("SUMMARY:Videoconsulta de Motus\r\n"), std::string::npos);
  EXPECT_NE(download.body.find("X-WR-CALNAME:Visitas de Motus\r\n"), std::string::npos);
  // The feed has no session: the owner's stored language, whatever the calendar app asks.
  const auto feed = client.request("GET", path, {}, {{"Accept-Language", "en-US"}});
  ASSERT_EQ(feed.status, 200);
  EXPECT_NE(feed.body.find("SUMMARY:Videoconsulta de Motus\r\n"), std::string::npos);
  EXPECT_EQ(feed.body.find("Motus video visit"), std::string::npos);
  // The therapist made no choice: their download follows their Accept-Language.
  const auto english = as_therapist("GET", "/api/v1/care/appointments/" + id + "/calendar.ics");
  ASSERT_EQ(english.status, 200) << english.body;
  EXPECT_NE(english.body.find("SUMMARY:Motus video visit\r\n"), std::string::npos);
  ASSERT_EQ(as_member("PUT", "/api/v1/me/language", {{"language", nullptr}}).status, 200);
  EXPECT_NE(client.request("GET", path, {}, {{"Accept-Language", "es-MX"}})
                .body.find("SUMMARY:Videoconsulta de Motus"),
            std::string::npos)
      << "no stored choice: the calendar app's Accept-Language";
}

TEST_F(Appointments, TherapistBooksForTheirMemberAndOthersSeeNothing) {
  const auto all = slots(3 * kDay);
  // Two back-to-back half hours, wherever the test's clock falls in the therapist's day.
  std::size_t first = 0;
  while (first + 1 < all.size() && all[first + 1]["starts_at"].get<long long>() !=
                                       all[first]["starts_at"].get<long long>() + 30 * kMinute)
    ++first;
  ASSERT_LT(first + 1, all.size()) << all.dump();
  const nlohmann::json open = {all[first], all[first + 1]};
  const auto starts = open[0]["starts_at"].get<long long>();
  auto booked = as_therapist("POST", "/api/v1/care/members/" + member_id + "/appointments",
                             {{"starts_at", starts}, {"ends_at", starts + 45 * kMinute}});
  ASSERT_EQ(booked.status, 201) << booked.body;
  const auto id = booked.json()["appointment"]["id"].get<std::string>();
  EXPECT_EQ(booked.json()["appointment"]["booked_by"], "therapist");
  auto mine = as_member("GET", "/api/v1/me/appointments").json()["upcoming"];
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_EQ(mine[0]["booked_by"], "therapist");
  // The member's overlapping time is held too.
  EXPECT_EQ(book(open[1], 409)["code"], "slot_taken");
  auto bad_length =
      as_therapist("POST", "/api/v1/care/members/" + member_id + "/appointments",
                   {{"starts_at", starts + kDay}, {"ends_at", starts + kDay + kHour}});
  EXPECT_EQ(bad_length.status, 400);
  EXPECT_EQ(bad_length.json()["errors"][0]["field"], "ends_at");

  // Another therapist and another member: 404 for everything about this visit.
  const auto admin = bearer_login(client, "root@example.com", kGoodPassword);
  add_staff(client, admin, {"pt2@example.com", kGoodPassword, "therapist", "", "Sam", "Ode"});
  const auto other = bearer_login(client, "pt2@example.com", kGoodPassword);
  EXPECT_EQ(bearer_call(client, other, "DELETE", "/api/v1/care/appointments/" + id).status, 404);
  EXPECT_EQ(
      bearer_call(client, other, "GET", "/api/v1/care/appointments/" + id + "/calendar.ics").status,
      404);
  EXPECT_EQ(
      bearer_call(client, other, "POST", "/api/v1/care/members/" + member_id + "/appointments",
                  {{"starts_at", starts + kDay}, {"ends_at", starts + kDay + 30 * kMinute}})
          .status,
      404);
  EXPECT_TRUE(bearer_call(client, other, "GET", "/api/v1/care/appointments")
                  .json()["appointments"]
                  .empty());
  const auto stranger = another_member("Cleo", "Vance", "cleo@example.com");
  EXPECT_EQ(bearer_call(client, stranger, "DELETE", "/api/v1/me/appointments/" + id).status, 404);
  EXPECT_EQ(bearer_call(client, stranger, "PATCH", "/api/v1/me/appointments/" + id,
                        {{"starts_at", starts}})
                .status,
            404);
  EXPECT_EQ(bearer_call(client, stranger, "GET", "/api/v1/me/appointments/" + id + "/calendar.ics")
                .status,
            404);
  EXPECT_GE(std::stoll(server.scalar("SELECT count(*) FROM audit_log WHERE action = 'denied'")), 6);
}

TEST_F(Appointments, MemberWithoutATherapistCannotBook) {
  const auto admin = bearer_login(client, "root@example.com", kGoodPassword);
  const auto lone = another_member("Lone", "Walker", "lone@example.com");
  server.sql(
      "DELETE FROM care_assignments WHERE member_id = (SELECT id FROM users WHERE email = "
      "'lone@example.com')");
  const auto slots_answer = bearer_call(client, lone, "GET", "/api/v1/me/appointments/slots");
  ASSERT_EQ(slots_answer.status, 200);
  EXPECT_TRUE(slots_answer.json()["slots"].empty());
  EXPECT_TRUE(slots_answer.json()["therapist_name"].is_null());
  const auto refused = bearer_call(client, lone, "POST", "/api/v1/me/appointments",
                                   {{"starts_at", wall_now() + 3 * kDay}});
  EXPECT_EQ(refused.status, 409);
  EXPECT_EQ(refused.json()["code"], "no_therapist");
  (void)admin;
}

}  // namespace
}  // namespace motus::test
