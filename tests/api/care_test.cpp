// The care team through the API: assignment at sign-up and by an admin, the therapist's queue,
// member records, notes, program overrides, messages with unread counts, the de-identified
// organization report, and the audit rows all of it leaves.
#include <gtest/gtest.h>

#include <fstream>

#include "support/api_accounts.hpp"
#include "support/server_process.hpp"
#include "support/sql_console.hpp"

namespace motus::test {
namespace {

const std::string kDemoPassword = "care-demo-password-4";
const std::string kPassword = "amber-meadow-finch-6";

class CareApi : public ::testing::Test {
 protected:
  CareApi() : server_(options(clock_dir_)), console_(server_.db_url()) {
    admin_ = login("admin@demo.example", kDemoPassword);
  }

  static ServerOptions options(const TempDir& clock_dir) {
    return ServerOptions{{"--demo"},
                         {{"MOTUS_DEMO_PASSWORD", kDemoPassword},
                          {"MOTUS_CLOCK_OFFSET_FILE", (clock_dir.path() / "offset").string()}},
                         std::nullopt};
  }
  void move_clock_days(long long days) {
    std::ofstream(clock_dir_.path() / "offset") << days * 86400 << "\n";
  }

  HttpClient client() const { return server_.client(); }
  HttpResult call(const std::string& token, const std::string& method, const std::string& path,
                  const nlohmann::json& body = nullptr,
                  const std::string& content_type = "application/json") const {
    return bearer_call(client(), token, method, path, body, content_type);
  }
  std::string login(const std::string& email, const std::string& password = kPassword) const {
    return bearer_login(client(), email, password);
  }
  std::string staff(const std::string& email, const std::string& role,
                    const std::string& organization = "") const {
    return add_staff(client(), admin_, {email, kPassword, role, organization});
  }
  std::string organization(const std::string& code, int people) const {
    auto res = call(admin_, "POST", "/api/v1/admin/organizations",
                    {{"name", "Org " + code}, {"enrollment_code", code}});
    EXPECT_EQ(res.status, 201) << res.body;
    const auto id = res.json().value("id", "");
    std::string csv = "first name,last name,date of birth,employee id\n";
    for (int i = 0; i < people; ++i)
      csv += "Person,N" + std::to_string(i) + ",1980-01-" + (i < 9 ? "0" : "") +
             std::to_string(i + 1) + ",E" + std::to_string(i) + "\n";
    EXPECT_EQ(call(admin_, "POST", "/api/v1/admin/organizations/" + id + "/roster", csv, "text/csv")
                  .status,
              200);
    return id;
  }
  struct Member {
    std::string id;
    std::string token;
  };
  Member sign_up(const std::string& code, int person) const {
    const auto n = std::to_string(person);
    auto res =
        client().post_json("/api/v1/auth/signup",
                           {{"email", "person" + n + "@" + code + ".example"},
                            {"password", kPassword},
                            {"first_name", "Person"},
                            {"last_name", "N" + n},
                            {"date_of_birth", std::string("1980-01-") + (person < 9 ? "0" : "") +
                                                  std::to_string(person + 1)},
                            {"enrollment_code", code},
                            {"bearer", true}});
    EXPECT_EQ(res.status, 201) << res.body;
    return {res.json()["account"].value("id", ""), res.json().value("token", "")};
  }
  std::string therapist_of(const std::string& member) const {
    // Straight from the table: an admin reads a record only by break-glass (break_glass_test.cpp).
    return console_.scalar("SELECT therapist_id FROM care_assignments WHERE member_id = $1",
                           {member});
  }
  nlohmann::json audit_rows() const {
    return call(admin_, "GET", "/api/v1/admin/audit?limit=1000").json()["entries"];
  }

  // Writes journey rows (care flags, check-ins) straight into the server's database, as the
  // member journey's own routes would.
  void sql(const std::string& text) const { console_.run(text); }

  TempDir clock_dir_;
  ServerProcess server_;
  SqlConsole console_;
  std::string admin_;
};

TEST_F(CareApi, SignUpAssignsTheLeastLoadedTherapistAndAnAdminCanMoveAMember) {
  const auto demo_pt = login("pt@demo.example", kDemoPassword);
  organization("LOAD", 4);
  const auto second = staff("second@clinic.example", "therapist");
  const auto first = sign_up("LOAD", 0);
  const auto next = sign_up("LOAD", 1);
  const auto third = sign_up("LOAD", 2);
  const auto first_therapist = therapist_of(first.id);
  EXPECT_FALSE(first_therapist.empty());
  EXPECT_NE(therapist_of(next.id), first_therapist) << "the other therapist had fewer members";
  EXPECT_EQ(therapist_of(third.id), std::min(first_therapist, therapist_of(next.id)))
      << "a tie goes to the smaller id";

  auto moved = call(admin_, "PUT", "/api/v1/admin/members/" + first.id + "/therapist",
                    {{"therapist_id", second}});
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(therapist_of(first.id), second);
  EXPECT_EQ(call(admin_, "PUT", "/api/v1/admin/members/" + first.id + "/therapist",
                 {{"therapist_id", first.id}})
                .status,
            400)
      << "a member is not a therapist";
  EXPECT_EQ(call(admin_, "PUT", "/api/v1/admin/members/" + second + "/therapist",
                 {{"therapist_id", second}})
                .status,
            404)
      << "a therapist is not a member";
  EXPECT_EQ(call(demo_pt, "PUT", "/api/v1/admin/members/" + first.id + "/therapist",
                 {{"therapist_id", second}})
                .status,
            403);
}

TEST_F(CareApi, MessagesFlowBothWaysWithUnreadCountsAndReadMarking) {
  organization("TALK", 2);
  const auto member = sign_up("TALK", 0);
  const auto other = sign_up("TALK", 1);
  const auto therapist = login("pt@demo.example", kDemoPassword);
  ASSERT_EQ(call(admin_, "PUT", "/api/v1/admin/members/" + member.id + "/therapist",
                 {{"therapist_id", call(therapist, "GET", "/api/v1/me").json()["account"]["id"]}})
                .status,
            200);
  const auto path = "/api/v1/care/members/" + member.id + "/messages";

  EXPECT_EQ(
      call(member.token, "POST", "/api/v1/me/messages", {{"body", "  Sitting hurts more today.  "}})
          .status,
      201);
  EXPECT_EQ(call(member.token, "POST", "/api/v1/me/messages", {{"body", "   "}}).status, 400);
  EXPECT_EQ(call(therapist, "GET", "/api/v1/care/members/" + member.id).json()["unread_messages"],
            1);

  auto seen = call(therapist, "GET", path);
  ASSERT_EQ(seen.status, 200) << seen.body;
  EXPECT_EQ(seen.json()["unread"], 1);
  ASSERT_EQ(seen.json()["messages"].size(), 1u);
  EXPECT_EQ(seen.json()["messages"][0]["body"], "Sitting hurts more today.");
  EXPECT_EQ(seen.json()["messages"][0]["from"], "member");
  EXPECT_EQ(call(therapist, "GET", path).json()["unread"], 0) << "fetched once: read";

  EXPECT_EQ(
      call(therapist, "POST", path, {{"body", "Try the chair version of the bridge."}}).status,
      201);
  auto mine = call(member.token, "GET", "/api/v1/me/messages").json();
  EXPECT_EQ(mine["unread"], 1);
  EXPECT_EQ(mine["messages"].size(), 2u);
  EXPECT_EQ(mine["messages"][0]["read"], true) << "the therapist read the member's message";
  EXPECT_EQ(mine["messages"][1]["from"], "care_team");
  // The member sees who wrote and who their therapist is (the avatar's name); not who wrote
  // their own messages.
  EXPECT_EQ(mine["messages"][1]["by"], "Demo Therapist");
  EXPECT_FALSE(mine["messages"][0].contains("by"));
  EXPECT_EQ(mine["therapist"]["name"], "Demo Therapist") << mine.dump();
  EXPECT_FALSE(call(therapist, "GET", path).json().contains("therapist"))
      << "only the member's side names their therapist";
  EXPECT_EQ(call(member.token, "GET", "/api/v1/me/messages").json()["unread"], 0);
  EXPECT_TRUE(call(other.token, "GET", "/api/v1/me/messages").json()["messages"].empty())
      << "B sees none of A's";
}

TEST_F(CareApi, TheQueueRanksATherapistsOwnMembersWithReasons) {
  organization("QUEUE", 3);
  const auto quiet = sign_up("QUEUE", 0);
  const auto writer = sign_up("QUEUE", 1);
  const auto elsewhere = sign_up("QUEUE", 2);
  const auto therapist_id = staff("queue.pt@clinic.example", "therapist");
  staff("other.pt@clinic.example", "therapist");
  for (const auto* member : {&quiet, &writer}) {
    ASSERT_EQ(call(admin_, "PUT", "/api/v1/admin/members/" + member->id + "/therapist",
                   {{"therapist_id", therapist_id}})
                  .status,
              200);
  }
  move_clock_days(10);  // every session has gone idle: log in again
  admin_ = login("admin@demo.example", kDemoPassword);
  const auto writer_token = login("person1@queue.example");
  EXPECT_EQ(call(writer_token, "POST", "/api/v1/me/messages",
                 {{"body", "Can I do this with a sore knee?"}})
                .status,
            201);
  EXPECT_EQ(
      call(writer_token, "POST", "/api/v1/me/messages", {{"body", "Also: heat or ice?"}}).status,
      201);

  const auto therapist = login("queue.pt@clinic.example");
  auto res = call(therapist, "GET", "/api/v1/care/queue");
  ASSERT_EQ(res.status, 200) << res.body;
  const auto members = res.json()["members"];
  ASSERT_EQ(members.size(), 2u) << "only this therapist's members";
  EXPECT_EQ(members[0]["member_id"], writer.id);
  EXPECT_NE(members[0]["reasons"][0].get<std::string>().find("2 unread messages"),
            std::string::npos);
  EXPECT_EQ(members[1]["member_id"], quiet.id);
  EXPECT_NE(members[1]["reasons"][0].get<std::string>().find("10 days"), std::string::npos);

  auto everyone = call(admin_, "GET", "/api/v1/care/queue").json()["members"];
  bool has_elsewhere = false;
  for (const auto& entry : everyone)
    has_elsewhere = has_elsewhere || entry["member_id"] == elsewhere.id;
  EXPECT_TRUE(has_elsewhere) << "an admin sees every member";
  EXPECT_EQ(call(writer_token, "GET", "/api/v1/care/queue").status, 403);
}

TEST_F(CareApi, TheQueueReadsTheJourneysCareFlagsAndPainReadings) {
  organization("FLAGS", 3);
  const auto calm = sign_up("FLAGS", 0);
  const auto sore = sign_up("FLAGS", 1);
  const auto flagged = sign_up("FLAGS", 2);
  const auto therapist_id = staff("flags.pt@clinic.example", "therapist");
  for (const auto* member : {&calm, &sore, &flagged}) {
    ASSERT_EQ(call(admin_, "PUT", "/api/v1/admin/members/" + member->id + "/therapist",
                   {{"therapist_id", therapist_id}})
                  .status,
              200);
  }
  const auto now = std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(
                                      std::chrono::system_clock::now().time_since_epoch())
                                      .count());
  sql("INSERT INTO care_flags (id, member_id, kind, source, reason_codes, created_at) VALUES "
      "('f1', '" +
      flagged.id + "', 'emergency', 'intake', '[\"saddle_numbness\"]', " + now +
      ");"
      "INSERT INTO member_checkins (id, member_id, at, pain, flare) VALUES "
      "('c1', '" +
      sore.id + "', " + now + " - 3000, 3, 0), ('c2', '" + sore.id + "', " + now +
      " - 2000, 5, 0), ('c3', '" + sore.id + "', " + now + " - 1000, 7, 1);");

  const auto therapist = login("flags.pt@clinic.example");
  const auto members = call(therapist, "GET", "/api/v1/care/queue").json()["members"];
  ASSERT_EQ(members.size(), 3u);
  EXPECT_EQ(members[0]["member_id"], flagged.id);
  EXPECT_NE(members[0]["reasons"][0].get<std::string>().find("emergency"), std::string::npos);
  EXPECT_EQ(members[0]["priority"], "safety");
  EXPECT_EQ(members[0]["priority_words"], "Safety first");
  EXPECT_EQ(members[1]["member_id"], sore.id);
  EXPECT_NE(members[1]["reasons"][0].get<std::string>().find("now 7 of 10"), std::string::npos);
  EXPECT_EQ(members[1]["priority"], "attention");
  EXPECT_EQ(members[1]["priority_words"], "Needs attention");
  EXPECT_EQ(members[2]["member_id"], calm.id);
  EXPECT_EQ(members[2]["needs_attention"], false);
  EXPECT_EQ(members[2]["priority"], "settled");
  EXPECT_EQ(members[2]["priority_words"], "Doing fine");

  const auto record = call(therapist, "GET", "/api/v1/care/members/" + sore.id).json();
  EXPECT_EQ(record["history"]["checkins"].size(), 3u);
  EXPECT_TRUE(record["intake"].is_null()) << "no intake yet";
  EXPECT_EQ(call(therapist, "GET", "/api/v1/care/members/" + flagged.id)
                .json()["history"]["care_flags"][0]["open"],
            true);
}

// The admin's queue holds every member, so it comes a page at a time in the queue's order, and
// only the members on the page shown get an audit row; a therapist's caseload comes whole.
TEST_F(CareApi, TheAdminsQueueIsPagedAndAuditsOnlyThePageShown) {
  organization("PAGE", 3);
  for (int i = 0; i < 3; ++i) sign_up("PAGE", i);
  const auto queue_reads = [&] {
    return std::stoll(console_.scalar(
        "SELECT count(*) FROM audit_log WHERE entity = 'care_queue' AND action = 'read'"));
  };
  const auto whole = call(admin_, "GET", "/api/v1/care/queue?limit=1000").json();
  const auto everyone = whole["members"];
  ASSERT_GE(everyone.size(), 3u);
  EXPECT_TRUE(whole["next_after"].is_null()) << "one page holds them all";

  const auto before = queue_reads();
  const auto first = call(admin_, "GET", "/api/v1/care/queue?limit=2");
  ASSERT_EQ(first.status, 200) << first.body;
  const auto page = first.json();
  ASSERT_EQ(page["members"].size(), 2u);
  EXPECT_EQ(page["members"][0]["member_id"], everyone[0]["member_id"]);
  EXPECT_EQ(page["members"][1]["member_id"], everyone[1]["member_id"]);
  EXPECT_EQ(page["next_after"], everyone[1]["member_id"]);
  EXPECT_EQ(queue_reads() - before, 2) << "only the page shown is audited";

  const auto after = page["next_after"].get<std::string>();
  const auto rest = call(admin_, "GET", "/api/v1/care/queue?limit=1000&after=" + after).json();
  ASSERT_EQ(rest["members"].size(), everyone.size() - 2);
  EXPECT_EQ(rest["members"][0]["member_id"], everyone[2]["member_id"]);
  EXPECT_TRUE(rest["next_after"].is_null());

  const auto lost = call(admin_, "GET", "/api/v1/care/queue?after=no-such-member");
  ASSERT_EQ(lost.status, 400) << lost.body;
  EXPECT_EQ(lost.json()["errors"][0]["field"], "after");
  EXPECT_EQ(call(admin_, "GET", "/api/v1/care/queue?limit=0").status, 400);

  const auto therapist_id = staff("page.pt@clinic.example", "therapist");
  for (const auto& entry : everyone) {
    if (entry["name"].get<std::string>().starts_with("Person N")) {
      ASSERT_EQ(
          call(admin_, "PUT",
               "/api/v1/admin/members/" + entry["member_id"].get<std::string>() + "/therapist",
               {{"therapist_id", therapist_id}})
              .status,
          200);
    }
  }
  const auto own =
      call(login("page.pt@clinic.example"), "GET", "/api/v1/care/queue?limit=1").json();
  EXPECT_GE(own["members"].size(), 3u) << "a therapist's caseload is not paged";
  EXPECT_FALSE(own.contains("next_after"));
}
TEST_F(CareApi, RecordsNotesAndOverridesStayWithTheCareTeamAndAreAudited) {
  organization("CARE", 2);
  const auto member = sign_up("CARE", 0);
  const auto stranger = sign_up("CARE", 1);
  const auto therapist_id = staff("care.pt@clinic.example", "therapist");
  ASSERT_EQ(call(admin_, "PUT", "/api/v1/admin/members/" + member.id + "/therapist",
                 {{"therapist_id", therapist_id}})
                .status,
            200);
  ASSERT_EQ(call(admin_, "PUT", "/api/v1/admin/members/" + stranger.id + "/therapist",
                 {{"therapist_id", staff("else.pt@clinic.example", "therapist")}})
                .status,
            200);
  const auto therapist = login("care.pt@clinic.example");
  const auto base = "/api/v1/care/members/" + member.id;
  const auto exercise =
      client().get("/api/v1/exercises").json()["exercises"][0]["id"].get<std::string>();

  EXPECT_EQ(
      call(therapist, "POST", base + "/notes", {{"body", "Pain settles with walking."}}).status,
      201);
  auto record = call(therapist, "GET", base);
  ASSERT_EQ(record.status, 200) << record.body;
  EXPECT_EQ(record.json()["member"]["id"], member.id);
  EXPECT_EQ(record.json()["therapist_id"], therapist_id);
  ASSERT_EQ(record.json()["notes"].size(), 1u);
  EXPECT_EQ(record.json()["notes"][0]["body"], "Pain settles with walking.");
  ASSERT_EQ(
      call(admin_, "POST", base + "/break-glass", {{"reason", "Checking a data request."}}).status,
      201);
  EXPECT_FALSE(call(admin_, "GET", base).json().contains("notes")) << "notes are for therapists";

  auto bad = call(
      therapist, "PUT", base + "/program",
      {{"exercises", {{{"exercise_id", "no_such"}, {"sets", 0}, {"reps", 5}}}}, {"note", "x"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.json()["errors"].size(), 2u) << bad.body;
  auto good = call(
      therapist, "PUT", base + "/program",
      {{"exercises", {{{"exercise_id", exercise}, {"sets", 2}, {"reps", 6}, {"sides", "each"}}}},
       {"note", "Fewer reps while the flare settles."}});
  ASSERT_EQ(good.status, 200) << good.body;
  const auto stored = call(therapist, "GET", base).json()["program_override"];
  EXPECT_EQ(stored["note"], "Fewer reps while the flare settles.");
  EXPECT_EQ(stored["exercises"][0]["sides"], "each");
  EXPECT_EQ(stored["applied"], true) << "in force from the moment it is stored";

  const auto outside = call(therapist, "GET", "/api/v1/care/members/" + stranger.id);
  EXPECT_EQ(outside.status, 403) << "not in their care: break-glass only (break_glass_test.cpp)";
  EXPECT_EQ(outside.json().value("code", ""), "break_glass_required");
  EXPECT_EQ(call(therapist, "GET", "/api/v1/care/members/no-such-member").status, 404);
  EXPECT_EQ(call(therapist, "GET", "/api/v1/care/members/" + therapist_id).status, 404)
      << "staff are not members";

  std::multiset<std::string> seen;
  for (const auto& row : audit_rows()) {
    if (row["member_id"] == member.id || row["action"] == "denied") {
      seen.insert(row["action"].get<std::string>() + " " + row["entity"].get<std::string>());
    }
  }
  EXPECT_EQ(seen.count("write clinical_note"), 1u);
  EXPECT_EQ(seen.count("read member_record"), 2u);
  EXPECT_EQ(seen.count("read member_record_break_glass"), 1u) << "the admin's read";
  EXPECT_EQ(seen.count("write program_override"), 1u);
  EXPECT_EQ(seen.count("write care_assignment"), 1u);
  EXPECT_EQ(seen.count("denied route:GET /api/v1/care/members/{id}"), 3u);
}

// A member gives a phone number and a safe time to call at sign-up and changes them in
// Account; their therapist sees them in the record with a tel: link. A bad number is refused
// naming the field, with nothing written.
TEST_F(CareApi, AMembersPhoneAndTimeToCallReachTheirTherapistOnly) {
  organization("RING", 2);
  auto res = client().post_json("/api/v1/auth/signup", {{"email", "person0@RING.example"},
                                                        {"password", kPassword},
                                                        {"first_name", "Person"},
                                                        {"last_name", "N0"},
                                                        {"date_of_birth", "1980-01-01"},
                                                        {"enrollment_code", "RING"},
                                                        {"phone", "call me"},
                                                        {"bearer", true}});
  ASSERT_EQ(res.status, 400) << res.body;
  EXPECT_EQ(res.json()["errors"][0]["field"], "phone");
  EXPECT_EQ(console_.scalar("SELECT count(*) FROM users WHERE email = 'person0@ring.example'"), "0")
      << "nothing written";
  res = client().post_json("/api/v1/auth/signup", {{"email", "person0@RING.example"},
                                                   {"password", kPassword},
                                                   {"first_name", "Person"},
                                                   {"last_name", "N0"},
                                                   {"date_of_birth", "1980-01-01"},
                                                   {"enrollment_code", "RING"},
                                                   {"phone", " +44 (1632) 960-123 "},
                                                   {"call_time", "Weekdays after 6 pm"},
                                                   {"bearer", true}});
  ASSERT_EQ(res.status, 201) << res.body;
  const Member member{res.json()["account"]["id"].get<std::string>(),
                      res.json()["token"].get<std::string>()};
  EXPECT_EQ(res.json()["account"]["phone"], "+44 (1632) 960-123");
  const auto other = sign_up("RING", 1);
  const auto therapist = login("pt@demo.example", kDemoPassword);
  const auto therapist_id = call(therapist, "GET", "/api/v1/me").json()["account"]["id"];
  for (const auto* m : {&member, &other}) {
    ASSERT_EQ(call(admin_, "PUT", "/api/v1/admin/members/" + m->id + "/therapist",
                   {{"therapist_id", therapist_id}})
                  .status,
              200);
  }
  auto contact =
      call(therapist, "GET", "/api/v1/care/members/" + member.id).json()["member"]["contact"];
  EXPECT_EQ(contact["phone"], "+44 (1632) 960-123");
  EXPECT_EQ(contact["tel"], "tel:+441632960123");
  EXPECT_EQ(contact["call_time"], "Weekdays after 6 pm");
  EXPECT_TRUE(call(therapist, "GET", "/api/v1/care/members/" + other.id)
                  .json()["member"]["contact"]["phone"]
                  .is_null());

  auto bad = call(member.token, "PUT", "/api/v1/me/contact", {{"phone", "12"}, {"call_time", "x"}});
  ASSERT_EQ(bad.status, 400) << bad.body;
  EXPECT_EQ(bad.json()["errors"][0]["field"], "phone");
  EXPECT_EQ(call(member.token, "PUT", "/api/v1/me/contact", {{"call_time", std::string(81, 'a')}})
                .json()["errors"][0]["field"],
            "call_time");
  EXPECT_EQ(call(member.token, "PUT", "/api/v1/me/contact", {{"phone", 5550104}}).status, 400);
  auto changed = call(member.token, "PUT", "/api/v1/me/contact",
                      {{"phone", "555 010 4477"}, {"call_time", ""}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.json()["account"]["phone"], "555 010 4477");
  EXPECT_TRUE(changed.json()["account"]["call_time"].is_null());
  contact = call(therapist, "GET", "/api/v1/care/members/" + member.id).json()["member"]["contact"];
  EXPECT_EQ(contact["tel"], "tel:5550104477");
  EXPECT_TRUE(contact["call_time"].is_null());
  EXPECT_EQ(call(therapist, "PUT", "/api/v1/me/contact", {{"phone", "555 010 4477"}}).status, 403)
      << "staff have no member contact";
  EXPECT_EQ(
      console_.scalar("SELECT count(*) FROM audit_log WHERE entity = 'contact' AND member_id = $1",
                      {member.id}),
      "1");
}

// A therapist marks a flag handled with a note: the queue drops it, the record keeps it with
// who and what, a second try is 409, and a new warning sign raises a new open flag.
TEST_F(CareApi, AFlagMarkedHandledLeavesTheQueueAndStaysInTheRecord) {
  organization("HAND", 2);
  const auto flagged = sign_up("HAND", 0);
  const auto stranger = sign_up("HAND", 1);
  const auto therapist_id = staff("hand.pt@clinic.example", "therapist");
  ASSERT_EQ(call(admin_, "PUT", "/api/v1/admin/members/" + flagged.id + "/therapist",
                 {{"therapist_id", therapist_id}})
                .status,
            200);
  const auto now = std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(
                                      std::chrono::system_clock::now().time_since_epoch())
                                      .count());
  sql("INSERT INTO care_flags (id, member_id, kind, source, reason_codes, created_at) VALUES "
      "('h1', '" +
      flagged.id + "', 'urgent', 'session', '[\"cancer_history\"]', " + now + ");");
  const auto therapist = login("hand.pt@clinic.example");
  const auto path = "/api/v1/care/members/" + flagged.id + "/flags/h1/handled";
  auto queue = call(therapist, "GET", "/api/v1/care/queue").json()["members"];
  ASSERT_EQ(queue.size(), 1u);
  EXPECT_EQ(queue[0]["needs_attention"], true);

  EXPECT_EQ(call(therapist, "POST", path, {{"note", "   "}}).status, 400);
  EXPECT_EQ(call(therapist, "POST", path, {{"note", std::string(501, 'a')}}).status, 400);
  EXPECT_EQ(call(therapist, "POST", "/api/v1/care/members/" + flagged.id + "/flags/nope/handled",
                 {{"note", "Called."}})
                .status,
            404);
  EXPECT_EQ(call(therapist, "POST", "/api/v1/care/members/" + stranger.id + "/flags/h1/handled",
                 {{"note", "Called."}})
                .status,
            404)
      << "not their member";
  EXPECT_EQ(call(flagged.token, "POST", path, {{"note", "Fine"}}).status, 403);
  auto handled = call(therapist, "POST", path, {{"note", "Called her; she sees her GP today."}});
  ASSERT_EQ(handled.status, 200) << handled.body;
  EXPECT_EQ(call(therapist, "POST", path, {{"note", "Again"}}).status, 409);

  queue = call(therapist, "GET", "/api/v1/care/queue").json()["members"];
  ASSERT_EQ(queue.size(), 1u);
  EXPECT_EQ(queue[0]["needs_attention"], false) << queue.dump();
  auto flags =
      call(therapist, "GET", "/api/v1/care/members/" + flagged.id).json()["history"]["care_flags"];
  ASSERT_EQ(flags.size(), 1u);
  EXPECT_EQ(flags[0]["open"], false);
  EXPECT_EQ(flags[0]["handled"]["note"], "Called her; she sees her GP today.");
  EXPECT_EQ(flags[0]["handled"]["by"], "Sam Staff") << flags.dump();
  EXPECT_EQ(console_.scalar("SELECT count(*) FROM audit_log WHERE entity = 'care_flag' AND "
                            "action = 'write' AND member_id = $1",
                            {flagged.id}),
            "1");

  sql("INSERT INTO care_flags (id, member_id, kind, source, reason_codes, created_at) VALUES "
      "('h2', '" +
      flagged.id + "', 'emergency', 'session', '[\"saddle_numbness\"]', " + now + " + 1);");
  queue = call(therapist, "GET", "/api/v1/care/queue").json()["members"];
  EXPECT_EQ(queue[0]["needs_attention"], true) << "a new warning sign raises a new flag";
  flags =
      call(therapist, "GET", "/api/v1/care/members/" + flagged.id).json()["history"]["care_flags"];
  ASSERT_EQ(flags.size(), 2u);
  EXPECT_EQ(flags[0]["open"], true);
  EXPECT_EQ(flags[1]["open"], false);
}

TEST_F(CareApi, TheOrgReportShowsOnlyItsOwnOrganizationWithSmallCellsHidden) {
  const auto big = organization("BIG", 12);
  for (int i = 0; i < 11; ++i) sign_up("BIG", i);
  staff("big.admin@big.example", "org_admin", big);
  const auto report = call(login("big.admin@big.example"), "GET", "/api/v1/org/report");
  ASSERT_EQ(report.status, 200) << report.body;
  const auto body = report.json();
  EXPECT_EQ(body["organization"]["id"], big);
  EXPECT_EQ(body["enrolment"]["roster_size"], 12);
  EXPECT_EQ(body["enrolment"]["accounts"], 11);
  EXPECT_TRUE(body["enrolment"]["percent_signed_up"].is_null())
      << "the one not signed up could be picked out";
  EXPECT_EQ(body["engagement"]["active_last_30_days"], 11);
  EXPECT_TRUE(body["engagement"]["messaged_care_team"].is_null()) << "0 is under 11";
  EXPECT_EQ(report.body.find("Person"), std::string::npos) << "no names";

  const auto small = organization("SMALL", 3);
  sign_up("SMALL", 0);
  staff("small.admin@small.example", "org_admin", small);
  const auto other = call(login("small.admin@small.example"), "GET", "/api/v1/org/report").json();
  EXPECT_EQ(other["organization"]["id"], small);
  EXPECT_TRUE(other["enrolment"]["roster_size"].is_null());
  EXPECT_TRUE(other["enrolment"]["accounts"].is_null());
}

// The report's period: a monthly trend of members logging sessions (hidden under 11, and the
// sessions with them), a CSV download of it whose cells never run as formulas, and a bad
// period refused naming the field.
TEST_F(CareApi, TheOrgReportHasAMonthlyTrendAndASafeCsv) {
  auto res = call(
      admin_, "POST", "/api/v1/admin/organizations",
      {{"name", "=HYPERLINK(\"http://evil.example\",\"Trend\")"}, {"enrollment_code", "TREND"}});
  ASSERT_EQ(res.status, 201) << res.body;
  const std::string id = res.json()["id"];
  std::string csv = "first name,last name,date of birth,employee id\n";
  for (int i = 0; i < 12; ++i)
    csv += "Person,N" + std::to_string(i) + ",1980-01-" + (i < 9 ? "0" : "") +
           std::to_string(i + 1) + ",E" + std::to_string(i) + "\n";
  ASSERT_EQ(
      call(admin_, "POST", "/api/v1/admin/organizations/" + id + "/roster", csv, "text/csv").status,
      200);
  std::vector<Member> members;
  for (int i = 0; i < 12; ++i) members.push_back(sign_up("TREND", i));
  staff("trend.admin@trend.example", "org_admin", id);
  const auto reader = login("trend.admin@trend.example");
  // 12 members log a session on 2026-03-10, 2 of them also on 2026-02-10.
  std::string rows;
  for (std::size_t i = 0; i < members.size(); ++i) {
    for (const auto& [at, tag] : std::vector<std::pair<std::string, std::string>>{
             {"1773100800000", "m"}, {"1770681600000", "f"}}) {
      if (tag == "f" && i >= 2) continue;
      rows += std::string(rows.empty() ? "" : ",") + "('s" + tag + std::to_string(i) + "', '" +
              members[i].id + "', 'c" + tag + std::to_string(i) + "', " + at +
              ", 0, 3, 2, 3, 3, '{}', '{}')";
    }
  }
  sql("INSERT INTO member_sessions (id, member_id, client_id, at, program_day, pain_before, "
      "pain_after, exercises_done, exercises_planned, feedback, answer) VALUES " +
      rows + ";");

  const auto report = call(reader, "GET", "/api/v1/org/report?from=2026-01-15&to=2026-03-31");
  ASSERT_EQ(report.status, 200) << report.body;
  const auto months = report.json()["period"]["months"];
  ASSERT_EQ(months.size(), 3u) << report.body;
  EXPECT_EQ(months[0]["month"], "2026-01");
  EXPECT_TRUE(months[0]["members_logging_sessions"].is_null()) << "0 is under 11";
  EXPECT_TRUE(months[1]["members_logging_sessions"].is_null()) << "2 is under 11";
  EXPECT_TRUE(months[1]["sessions_logged"].is_null()) << "hidden with the members behind it";
  EXPECT_EQ(months[2]["members_logging_sessions"], 12);
  EXPECT_EQ(months[2]["sessions_logged"], 12);

  const auto download = call(reader, "GET", "/api/v1/org/report/csv?from=2026-02-01&to=2026-03-31");
  ASSERT_EQ(download.status, 200) << download.body;
  EXPECT_EQ(
      download.body,
      "organization,month,members who logged a session,sessions logged\r\n"
      "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Trend\"\")\",2026-02,hidden (fewer than 11),"
      "hidden (fewer than 11)\r\n"
      "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Trend\"\")\",2026-03,12,12\r\n");
  EXPECT_NE(download.headers.at("content-disposition").find("attachment"), std::string::npos);

  const auto refused = call(reader, "GET", "/api/v1/org/report?from=2026-03-01&to=2026-01-01");
  ASSERT_EQ(refused.status, 400);
  EXPECT_EQ(refused.json()["errors"][0]["field"], "from");
  EXPECT_EQ(call(reader, "GET", "/api/v1/org/report/csv?from=2020-01-01&to=2026-01-01").status,
            400);
}

}  // namespace
}  // namespace motus::test
