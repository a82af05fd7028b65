// Video visits against the real server: the visit room's WebSocket (who may enter, when, from
// which page, what it relays and refuses), the ICE servers with their TURN credentials, and the
// visit's record (start, end, the therapist's note) in the care record and the FHIR export.
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>

#include "api/visits/ice_servers.hpp"
#include "store/credentials.hpp"
#include "support/server_process.hpp"
#include "support/sql_console.hpp"
#include "support/websocket_client.hpp"

namespace motus::test {
namespace {

using nlohmann::json;
using std::chrono::milliseconds;

constexpr const char* kPassword = "harbour-willow-slate-7";
constexpr const char* kTurnSecret = "north-wind-secret";
constexpr std::int64_t kMinute = 60'000;

std::int64_t now_ms() {
  return std::chrono::duration_cast<milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string cookie_of(const HttpResult& login) {
  const auto cookie = login.header("set-cookie");
  const std::string prefix = "__Host-motus=";
  if (cookie.rfind(prefix, 0) != 0) return "";
  return cookie.substr(prefix.size(), cookie.find(';') - prefix.size());
}

// A clinic with Ada (a member) and her therapist Robin, and three people who have no part in
// their visits: another member, another therapist and an admin. Accounts are written as SQL;
// everyone logs in through the API and holds a browser session.
class VisitRoom : public ::testing::Test {
 protected:
  VisitRoom()
      : server_(options(clock_dir_)), console_(server_.db_url()), client_(server_.client()) {}

  void SetUp() override {
    ada_ = person("ada@clinic.example", "member", "Ada", "Morrow");
    bea_ = person("bea@clinic.example", "member", "Bea", "Lund");
    robin_ = person("robin@clinic.example", "therapist", "Robin", "Hale");
    sam_ = person("sam@clinic.example", "therapist", "Sam", "Idris");
    person("root@clinic.example", "admin", "Root", "Admin");
    console_.execute(
        "INSERT INTO care_assignments (member_id, therapist_id, assigned_at) "
        "VALUES ($1, $2, 0)",
        {ada_, robin_});
    for (const auto* email : {"ada@clinic.example", "bea@clinic.example", "robin@clinic.example",
                              "sam@clinic.example", "root@clinic.example"}) {
      auto login =
          client_.post_json("/api/v1/auth/login", {{"email", email}, {"password", kPassword}});
      ASSERT_EQ(login.status, 200) << login.body;
      cookies_[email] = cookie_of(login);
    }
  }

  static ServerOptions options(const TempDir& clock_dir) {
    ServerOptions options;
    options.env["MOTUS_CLOCK_OFFSET_FILE"] = (clock_dir.path() / "offset").string();
    options.env["MOTUS_STUN_URLS"] = "stun:stun.clinic.example:3478";
    options.env["MOTUS_TURN_URLS"] =
        "turn:turn.clinic.example:3478?transport=udp,turns:turn.clinic.example:5349";
    options.env["MOTUS_TURN_SECRET"] = kTurnSecret;
    return options;
  }

  std::string person(const std::string& email, const std::string& role, const std::string& first,
                     const std::string& last) {
    const auto id = store::new_id(now_ms());
    console_.execute(
        "INSERT INTO users (id, email, password_hash, role, first_name, last_name, created_at, "
        "password_changed_at) VALUES ($1, $2, $3, $4, $5, $6, 0, 0)",
        {id, email, store::hash_password(kPassword), role, first, last});
    return id;
  }

  // An appointment of Ada with Robin starting `from_now` from now, 30 minutes long.
  std::string appointment(std::int64_t from_now, const std::string& status = "booked") {
    const auto id = store::new_id(now_ms());
    const auto starts = now_ms() + from_now;
    console_.execute(
        "INSERT INTO appointments (id, member_id, therapist_id, starts_at, ends_at, status, "
        "booked_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $2, 0, 0)",
        {id, ada_, robin_, starts, starts + 30 * kMinute, status});
    return id;
  }

  void move_clock(long long seconds) {
    std::ofstream(clock_dir_.path() / "offset") << seconds << "\n";
  }

  std::map<std::string, std::string> browser(const std::string& email) const {
    std::map<std::string, std::string> headers{
        {"Origin", "http://127.0.0.1:" + std::to_string(server_.port())}};
    if (!email.empty()) headers["Cookie"] = "__Host-motus=" + cookies_.at(email);
    return headers;
  }

  std::unique_ptr<WebSocketClient> enter(const std::string& id, const std::string& email,
                                         HttpResult* refusal = nullptr,
                                         std::map<std::string, std::string> headers = {}) {
    auto all = browser(email);
    for (auto& [name, value] : headers) all[name] = value;
    return WebSocketClient::open(server_.port(), "/api/v1/visits/" + id + "/signal", all, refusal);
  }

  HttpResult refused(const std::string& id, const std::string& email,
                     std::map<std::string, std::string> headers = {}) {
    HttpResult refusal;
    auto socket = enter(id, email, &refusal, std::move(headers));
    EXPECT_EQ(socket, nullptr) << "the upgrade was accepted";
    return refusal;
  }

  HttpResult call(const std::string& method, const std::string& target, const std::string& email,
                  const json& body = nullptr) {
    auto headers = browser(email);
    std::string text;
    if (!body.is_null()) {
      headers["Content-Type"] = "application/json";
      text = body.dump();
    }
    return client_.request(method, target, text, headers);
  }

  static json next(WebSocketClient& socket) {
    auto message = socket.receive(std::chrono::seconds(5));
    EXPECT_TRUE(message.has_value()) << "no message came";
    return message ? json::parse(*message) : json();
  }

  long long count(const std::string& where) {
    return std::stoll(console_.scalar("SELECT count(*) FROM " + where));
  }

  TempDir clock_dir_;
  ServerProcess server_;
  SqlConsole console_;
  HttpClient client_;
  std::map<std::string, std::string> cookies_;
  std::string ada_, bea_, robin_, sam_;
};

TEST_F(VisitRoom, BothMeetAndEachMessageReachesOnlyTheOther) {
  const auto id = appointment(2 * kMinute);  // starts in 2 minutes: the room is open
  auto ada = enter(id, "ada@clinic.example");
  ASSERT_NE(ada, nullptr);
  auto welcome = next(*ada);
  EXPECT_EQ(welcome["type"], "welcome");
  EXPECT_EQ(welcome["you"], "member");
  EXPECT_EQ(welcome["other_present"], false);
  EXPECT_EQ(welcome["polite"], true);
  EXPECT_EQ(count("visits"), 0) << "one person alone is no visit yet";

  auto robin = enter(id, "robin@clinic.example");
  ASSERT_NE(robin, nullptr);
  EXPECT_EQ(next(*robin)["other_present"], true);
  EXPECT_EQ(next(*ada), (json{{"type", "peer-joined"}, {"role", "therapist"}}));

  ASSERT_TRUE(robin->send(R"({"type":"offer","sdp":"v=0\r\n"})"));
  EXPECT_EQ(next(*ada), (json{{"type", "offer"}, {"sdp", "v=0\r\n"}, {"from", "therapist"}}));
  ASSERT_TRUE(ada->send(R"({"type":"answer","sdp":"v=0 answer"})"));
  EXPECT_EQ(next(*robin)["sdp"], "v=0 answer");
  ASSERT_TRUE(ada->send(
      R"({"type":"candidate","candidate":{"candidate":"candidate:1 1 udp 1 127.0.0.1 5000 typ host","sdpMid":"0","sdpMLineIndex":0}})"));
  EXPECT_EQ(next(*robin)["candidate"]["sdpMid"], "0");
  ASSERT_TRUE(robin->send(R"({"type":"chat","text":"Can you see me, Ada?"})"));
  const auto chat = next(*ada);
  EXPECT_EQ(chat["text"], "Can you see me, Ada?");
  EXPECT_EQ(chat["from"], "therapist");
  EXPECT_TRUE(chat["at"].is_number_integer());
  // Nothing comes back to the sender.
  EXPECT_FALSE(robin->receive(milliseconds(300)).has_value());

  // Both were in the room: the visit started, the appointment is completed (never "missed").
  EXPECT_EQ(count("visits WHERE appointment_id = '" + id + "' AND ended_at IS NULL"), 1);
  EXPECT_EQ(console_.scalar("SELECT status FROM appointments WHERE id = $1", {id}), "completed");

  ASSERT_TRUE(ada->send(R"({"type":"bye"})"));
  EXPECT_EQ(next(*robin), (json{{"type", "bye"}, {"from", "member"}}));
  EXPECT_EQ(ada->closed_with(), 1000);
  EXPECT_EQ(next(*robin), (json{{"type", "peer-left"}, {"role", "member"}, {"ended", true}}));
  robin.reset();
  // The end is recorded once each has gone; nothing of the signalling is kept.
  for (int i = 0; i < 50 && count("visits WHERE ended_at IS NOT NULL") == 0; ++i)
    std::this_thread::sleep_for(milliseconds(50));
  EXPECT_EQ(count("visits WHERE ended_at IS NOT NULL AND duration_seconds >= 0"), 1);
  EXPECT_EQ(count("audit_log WHERE action = 'join' AND entity = 'visit'"), 2);
  EXPECT_EQ(count("audit_log WHERE entity = 'visit_start'"), 1);
  EXPECT_GE(count("audit_log WHERE entity = 'visit_end'"), 1);
}

TEST_F(VisitRoom, AThirdPersonIsRefused) {
  const auto id = appointment(0);
  EXPECT_EQ(refused(id, "bea@clinic.example").status, 404);   // another member
  EXPECT_EQ(refused(id, "sam@clinic.example").status, 404);   // another therapist
  EXPECT_EQ(refused(id, "root@clinic.example").status, 403);  // an admin: not a visit role
  EXPECT_EQ(refused(id, "").status, 401);                     // nobody logged in
  EXPECT_EQ(refused("0190a0a0-0000-7000-8000-00000000dead", "ada@clinic.example").status, 404);
  EXPECT_EQ(count("audit_log WHERE action = 'denied'"), 5);
  EXPECT_EQ(count("audit_log WHERE action = 'join'"), 0);
}

TEST_F(VisitRoom, TheRoomIsOpenOnlyFromTenMinutesBeforeToTheEndAndGrace) {
  const auto early = appointment(30 * kMinute);
  const auto too_early = refused(early, "ada@clinic.example");
  EXPECT_EQ(too_early.status, 409);
  EXPECT_NE(too_early.body.find("The visit room opens 10 minutes before the start, in 20 minutes."),
            std::string::npos)
      << too_early.body;
  // A 30-minute slot that ended 20 minutes ago: past the 15 minutes of grace.
  const auto gone = appointment(-50 * kMinute);
  const auto late = refused(gone, "robin@clinic.example");
  EXPECT_EQ(late.status, 409);
  EXPECT_NE(late.body.find("The time for this visit has passed."), std::string::npos) << late.body;
  const auto cancelled = appointment(0, "cancelled");
  const auto off = refused(cancelled, "ada@clinic.example");
  EXPECT_EQ(off.status, 409);
  EXPECT_NE(off.body.find("This visit was cancelled."), std::string::npos) << off.body;
  EXPECT_EQ(refused(appointment(0, "missed"), "ada@clinic.example").status, 409);

  // 21 minutes later the early one's room is open.
  move_clock(21 * 60);
  auto ada = enter(early, "ada@clinic.example");
  ASSERT_NE(ada, nullptr);
  EXPECT_EQ(next(*ada)["type"], "welcome");
}

TEST_F(VisitRoom, ACrossOriginUpgradeIsRefused) {
  const auto id = appointment(0);
  const auto foreign = refused(id, "ada@clinic.example", {{"Origin", "https://evil.example"}});
  EXPECT_EQ(foreign.status, 403);
  EXPECT_NE(foreign.body.find("Origin"), std::string::npos) << foreign.body;
  EXPECT_EQ(refused(id, "ada@clinic.example", {{"Origin", ""}}).status, 403);
  EXPECT_EQ(refused(id, "ada@clinic.example", {{"Sec-Fetch-Site", "cross-site"}}).status, 403);
  // The same request from our own page is let in.
  EXPECT_NE(enter(id, "ada@clinic.example", nullptr, {{"Sec-Fetch-Site", "same-origin"}}), nullptr);
}

TEST_F(VisitRoom, InvalidMessagesAreAnsweredAndNeverRelayedOversizedOnesCloseTheSocket) {
  const auto id = appointment(0);
  auto ada = enter(id, "ada@clinic.example");
  auto robin = enter(id, "robin@clinic.example");
  ASSERT_NE(ada, nullptr);
  ASSERT_NE(robin, nullptr);
  next(*ada);
  next(*ada);  // welcome, peer-joined
  next(*robin);
  for (const auto& [bad, problem] : std::vector<std::pair<std::string, std::string>>{
           {"not json", "a signal must be valid JSON"},
           {R"({"type":"offer","sdp":"v=0","note":"hi"})", "the offer has an unknown key 'note'"},
           {R"({"type":"welcome"})",
            "'type' must be offer, answer, candidate, chat, media or bye, not 'welcome'"},
           {R"({"type":"chat","text":"   "})", "'text' must not be blank"}}) {
    ASSERT_TRUE(ada->send(bad));
    EXPECT_EQ(next(*ada), (json{{"type", "error"}, {"detail", problem}})) << bad;
  }
  // Robin saw none of it: the next thing he gets is the next valid message.
  ASSERT_TRUE(ada->send(R"({"type":"media","audio":false,"video":true})"));
  EXPECT_EQ(next(*robin),
            (json{{"type", "media"}, {"audio", false}, {"video", true}, {"from", "member"}}));
  // Over 64 KiB: closed with 1009 (message too big), and Robin is told Ada left.
  ASSERT_TRUE(ada->send(json{{"type", "chat"}, {"text", std::string(70 * 1024, 'a')}}.dump()));
  EXPECT_EQ(ada->closed_with(), 1009);
  EXPECT_EQ(next(*robin), (json{{"type", "peer-left"}, {"role", "member"}, {"ended", false}}));
}

TEST_F(VisitRoom, ARejoinReplacesTheEarlierWindow) {
  const auto id = appointment(0);
  auto first = enter(id, "ada@clinic.example");
  auto robin = enter(id, "robin@clinic.example");
  ASSERT_NE(first, nullptr);
  next(*robin);
  auto second = enter(id, "ada@clinic.example");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(first->closed_with(), 4001);
  EXPECT_EQ(next(*second)["other_present"], true);
  EXPECT_EQ(next(*robin), (json{{"type", "peer-joined"}, {"role", "member"}}));
  ASSERT_TRUE(robin->send(R"({"type":"chat","text":"Welcome back"})"));
  EXPECT_EQ(next(*second)["text"], "Welcome back");
}

TEST_F(VisitRoom, APlainGetIsToldToUpgrade) {
  const auto id = appointment(0);
  EXPECT_EQ(call("GET", "/api/v1/visits/" + id + "/signal", "ada@clinic.example").status, 426);
}

TEST_F(VisitRoom, TurnCredentialsAreIssuedPerVisitUntilItsRoomCloses) {
  const auto id = appointment(5 * kMinute);
  const auto answer = call("GET", "/api/v1/visits/" + id + "/ice", "ada@clinic.example");
  ASSERT_EQ(answer.status, 200) << answer.body;
  const auto ice = answer.json();
  const auto closes_at =
      std::stoll(console_.scalar("SELECT ends_at FROM appointments WHERE id = $1", {id})) +
      15 * kMinute;
  const auto expiry = (closes_at + 999) / 1000;
  EXPECT_EQ(ice["expires_at"], expiry * 1000);
  ASSERT_EQ(ice["ice_servers"].size(), 2u);
  EXPECT_EQ(ice["ice_servers"][0]["urls"], (json{"stun:stun.clinic.example:3478"}));
  const auto& turn = ice["ice_servers"][1];
  EXPECT_EQ(turn["urls"].size(), 2u);
  const std::string username = turn["username"];
  EXPECT_EQ(username, std::to_string(expiry) + ":" + ada_);
  // What coturn computes from its static-auth-secret for this username.
  EXPECT_EQ(turn["credential"], api::turn_credential(kTurnSecret, ada_, expiry).password);
  // Robin gets his own; the others get nothing, and nobody does outside the room's time.
  const auto robins = call("GET", "/api/v1/visits/" + id + "/ice", "robin@clinic.example").json();
  EXPECT_EQ(robins["ice_servers"][1]["username"], std::to_string(expiry) + ":" + robin_);
  EXPECT_EQ(call("GET", "/api/v1/visits/" + id + "/ice", "bea@clinic.example").status, 404);
  const auto later = appointment(3 * 60 * kMinute);
  EXPECT_EQ(call("GET", "/api/v1/visits/" + later + "/ice", "ada@clinic.example").status, 409);
}

TEST_F(VisitRoom, TheVisitJoinsTheRecordTheExportAndTheQueue) {
  const auto id = appointment(0);
  // No note before the visit has taken place; only the therapist writes it.
  EXPECT_EQ(
      call("PUT", "/api/v1/visits/" + id + "/note", "robin@clinic.example", {{"note", "Too early"}})
          .status,
      409);
  {
    auto ada = enter(id, "ada@clinic.example");
    auto robin = enter(id, "robin@clinic.example");
    ASSERT_NE(robin, nullptr);
    next(*robin);
    ASSERT_TRUE(robin->send(R"({"type":"bye"})"));
    EXPECT_EQ(robin->closed_with(), 1000);
  }
  for (int i = 0; i < 50 && count("visits WHERE ended_at IS NOT NULL") == 0; ++i)
    std::this_thread::sleep_for(milliseconds(50));
  // The queue asks for the note.
  auto queue = call("GET", "/api/v1/care/queue", "robin@clinic.example");
  ASSERT_EQ(queue.status, 200) << queue.body;
  EXPECT_NE(queue.body.find("1 video visit without a visit note yet."), std::string::npos)
      << queue.body;

  const auto bad = call("PUT", "/api/v1/visits/" + id + "/note", "robin@clinic.example",
                        {{"note", "x"}, {"mood", "fine"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_NE(bad.body.find("mood"), std::string::npos) << bad.body;
  EXPECT_EQ(
      call("PUT", "/api/v1/visits/" + id + "/note", "robin@clinic.example", {{"note", 7}}).status,
      400);
  EXPECT_EQ(call("PUT", "/api/v1/visits/" + id + "/note", "ada@clinic.example", {{"note", "Mine"}})
                .status,
            403);
  EXPECT_EQ(
      call("PUT", "/api/v1/visits/" + id + "/note", "sam@clinic.example", {{"note", "Hi"}}).status,
      404);
  const auto saved = call("PUT", "/api/v1/visits/" + id + "/note", "robin@clinic.example",
                          {{"note", "Bridges with a 3 s hold; review in two weeks."}});
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(saved.json()["visit"]["note"], "Bridges with a 3 s hold; review in two weeks.");

  const auto record = call("GET", "/api/v1/care/members/" + ada_, "robin@clinic.example");
  ASSERT_EQ(record.status, 200) << record.body;
  const auto visits = record.json()["visits"];
  ASSERT_EQ(visits.size(), 1u);
  EXPECT_EQ(visits[0]["appointment_id"], id);
  EXPECT_EQ(visits[0]["note"], "Bridges with a 3 s hold; review in two weeks.");
  EXPECT_TRUE(visits[0]["ended_at"].is_number_integer());
  EXPECT_TRUE(visits[0]["duration_seconds"].is_number_integer());
  EXPECT_EQ(call("GET", "/api/v1/care/queue", "robin@clinic.example").body.find("visit note"),
            std::string::npos);

  // The member's own view of the visit: no note; and her export holds it as an Encounter.
  const auto page = call("GET", "/api/v1/visits/" + id, "ada@clinic.example").json();
  EXPECT_EQ(page["you"], "member");
  EXPECT_EQ(page["other"]["name"], "Robin Hale");
  EXPECT_FALSE(page["visit"].contains("note"));
  EXPECT_FALSE(page.contains("member_id"));
  const auto exported = call("GET", "/api/v1/me/export", "ada@clinic.example");
  ASSERT_EQ(exported.status, 200) << exported.body;
  int encounters = 0;
  const auto bundle = exported.json();
  for (const auto& entry : bundle["entry"]) {
    if (entry["resource"]["resourceType"] != "Encounter") continue;
    ++encounters;
    EXPECT_EQ(entry["resource"]["status"], "finished");
    EXPECT_EQ(entry["resource"]["class"]["code"], "VR");
  }
  EXPECT_EQ(encounters, 1);
  EXPECT_EQ(count("audit_log WHERE entity = 'visit_note'"), 1);
}

}  // namespace
}  // namespace motus::test
