// The member's record as a whole against the real server: the FHIR R4 export is schema-valid
// and carries the intake, the pain check-ins and the care plan; the printable report; and
// deleting the account leaves nothing of the member outside the audit log.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "account_fixture.hpp"
#include "support/shell.hpp"
#include "support/temp_dir.hpp"

namespace motus::test {
namespace {

using nlohmann::json;

const std::string kValidator = std::string(MOTUS_SOURCE_DIR) + "/tests/fhir";

// Exit code and output of the FHIR schema validator on one file.
std::pair<int, std::string> validate(const std::filesystem::path& file) {
  const auto run =
      motus::test::run_shell("node '" + kValidator + "/validate.mjs' '" + file.string() + "' 2>&1");
  return {run.exit_code, run.output};
}

// Tables that hold no member data by design: the audit log (pseudonymous once the users row is
// gone), the schema's own bookkeeping, the content search index, and the employer's roster.
bool kept_by_design(const std::string& table) {
  return table == "audit_log" || table == "schema_migrations" || table == "organizations" ||
         table == "roster_entries" || table.rfind("content_search", 0) == 0;
}

// "table: row text" for every row of every other table that mentions any needle.
std::vector<std::string> rows_mentioning(const SqlConsole& console,
                                         const std::vector<std::string>& needles) {
  std::vector<std::string> found;
  for (const auto& table : console.tables()) {
    if (kept_by_design(table)) continue;
    for (const auto& row : console.rows("SELECT * FROM \"" + table + "\"")) {
      std::string text;
      for (const auto& cell : row) text += cell + " | ";
      for (const auto& needle : needles) {
        if (text.find(needle) != std::string::npos) {
          found.push_back(table + ": " + text);
          break;
        }
      }
    }
  }
  return found;
}

class MemberRecord : public SignedUpMember {
 protected:
  HttpResult send(const std::string& method, const std::string& target, const json& body) {
    return with_cookie(client, method, target, token, body.dump());
  }
  int audit_rows(const std::string& action, const std::string& entity) {
    return std::stoi(server.scalar("SELECT count(*) FROM audit_log WHERE member_id = '" +
                                   member_id + "' AND action = '" + action + "' AND entity = '" +
                                   entity + "'"));
  }

  // Intake, one session from the program, two check-ins and a message to the care team.
  void live_a_little() {
    const auto intake = send("POST", "/api/v1/me/intake", self_care_intake());
    ASSERT_EQ(intake.status, 201) << intake.body;
    const auto program = json::parse(intake.body).at("program");
    json exercises = json::array();
    for (const auto& e : program.at("exercises")) {
      exercises.push_back({{"exercise_id", e.at("exercise_id")},
                           {"done", true},
                           {"pain", 3},
                           {"difficulty", "right"}});
    }
    const auto session = send(
        "POST", "/api/v1/me/sessions",
        {{"client_id", "s-1"}, {"pain_before", 4}, {"pain_after", 3}, {"exercises", exercises}});
    ASSERT_EQ(session.status, 201) << session.body;
    ASSERT_EQ(send("POST", "/api/v1/me/checkins", {{"pain", 5}, {"flare", false}}).status, 201);
    ASSERT_EQ(send("POST", "/api/v1/me/checkins",
                   {{"pain", 3}, {"flare", false}, {"notes", "Better after the walk <3"}})
                  .status,
              201);
    ASSERT_EQ(send("POST", "/api/v1/me/messages", {{"body", "Bridges felt good."}}).status, 201);
  }

  TempDir dir;
};

TEST_F(MemberRecord, ExportIsAValidFhirBundleWithIntakePainAndCarePlan) {
  ASSERT_TRUE(std::filesystem::exists(kValidator + "/node_modules/ajv"))
      << "the FHIR validator is not installed: run scripts/setup-deps";
  live_a_little();
  const auto exported = get("/api/v1/me/export");
  ASSERT_EQ(exported.status, 200) << exported.body;
  EXPECT_EQ(exported.header("content-type").rfind("application/fhir+json", 0), 0u);
  const auto file = dir.path() / "export.json";
  std::ofstream(file) << exported.body;
  const auto [code, output] = validate(file);
  EXPECT_EQ(code, 0) << output;

  const auto bundle = json::parse(exported.body);
  EXPECT_EQ(bundle.at("resourceType"), "Bundle");
  int intakes = 0, pains = 0, care_plans = 0, patients = 0;
  for (const auto& entry : bundle.at("entry")) {
    const auto& resource = entry.at("resource");
    const auto type = resource.at("resourceType").get<std::string>();
    if (type == "Patient") {
      ++patients;
      EXPECT_EQ(resource.at("name").at(0).at("family"), "Morrow");
    }
    if (type == "QuestionnaireResponse") ++intakes;
    if (type == "CarePlan") ++care_plans;
    if (type == "Observation") {
      for (const auto& coding : resource.at("code").value("coding", json::array())) {
        if (coding.value("code", "") == "72514-3") ++pains;
      }
    }
  }
  EXPECT_EQ(patients, 1);
  EXPECT_GE(intakes, 1);
  EXPECT_EQ(care_plans, 1);
  EXPECT_GE(pains, 2) << "one pain observation per check-in at least";
  EXPECT_EQ(audit_rows("read", "export"), 1);
}

TEST_F(MemberRecord, OnlyTheMemberExportsTheirRecord) {
  EXPECT_EQ(client.request("GET", "/api/v1/me/export", "", {}).status, 401);
  server.add_staff("t@clinic.example", "therapist");
  const auto staff = cookie_token(login(client, "t@clinic.example"));
  EXPECT_EQ(with_cookie(client, "GET", "/api/v1/me/export", staff).status, 403);
}

TEST_F(MemberRecord, ReportIsAPrintablePageWithEverythingEscaped) {
  live_a_little();
  const auto report = get("/api/v1/me/report");
  ASSERT_EQ(report.status, 200) << report.body;
  EXPECT_EQ(report.header("content-type").rfind("text/html", 0), 0u);
  const auto& html = report.body;
  EXPECT_NE(html.find("Ada Morrow"), std::string::npos);
  EXPECT_NE(html.find("@media print"), std::string::npos);
  EXPECT_NE(html.find("not medical advice"), std::string::npos);
  EXPECT_NE(html.find("Better after the walk &lt;3"), std::string::npos) << html;
  EXPECT_EQ(html.find("walk <3"), std::string::npos);
  // One script only, the web app's print button; nothing inline.
  EXPECT_NE(html.find("<script src=\"/report-print.js\"></script>"), std::string::npos);
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_NE(html.find("id=\"print\">Print or save as PDF"), std::string::npos);
  EXPECT_NE(html.find("<polyline"), std::string::npos) << "two check-ins draw a line";
  EXPECT_NE(html.find("Sessions done: 1."), std::string::npos) << html;
  EXPECT_NE(html.find("<h2>Your sessions</h2>"), std::string::npos) << html;
  EXPECT_NE(html.find(" of 10</td>"), std::string::npos) << "each session's pains";
  const auto tier =
      server.scalar("SELECT tier FROM member_intakes WHERE member_id = '" + member_id + "'");
  EXPECT_EQ(html.find("<strong>" + tier + "</strong>"), std::string::npos) << "no raw tier id";
  EXPECT_NE(html.find("How soon to see a clinician: <strong>"), std::string::npos) << html;
  EXPECT_EQ(audit_rows("read", "report"), 1);
}

TEST_F(MemberRecord, DeletingTheAccountLeavesNothingButTheAuditLog) {
  live_a_little();
  // The care team's side of the record, through the care routes.
  const auto therapist = server.add_staff("t@clinic.example", "therapist");
  server.add_staff("root@clinic.example", "admin");
  const auto admin_token = bearer_login(client, "root@clinic.example", kGoodPassword);
  ASSERT_EQ(
      bearer_call(client, admin_token, "PUT", "/api/v1/admin/members/" + member_id + "/therapist",
                  {{"therapist_id", therapist}})
          .status,
      200);
  const auto care = bearer_login(client, "t@clinic.example", kGoodPassword);
  const auto record = "/api/v1/care/members/" + member_id;
  EXPECT_EQ(
      bearer_call(client, care, "POST", record + "/notes", {{"body", "Sitting better."}}).status,
      201);
  const auto exercise = client.get("/api/v1/exercises").json()["exercises"][0]["id"];
  EXPECT_EQ(bearer_call(client, care, "PUT", record + "/program",
                        {{"exercises", {{{"exercise_id", exercise}, {"sets", 2}, {"reps", 6}}}},
                         {"note", "Easy week."}})
                .status,
            200);
  EXPECT_EQ(
      bearer_call(client, care, "POST", record + "/messages", {{"body", "How are the bridges?"}})
          .status,
      201);
  // A failed login leaves a throttle row keyed on the email; it must go too.
  EXPECT_EQ(login(client, "ada.morrow@example.com", "not-the-password-1").status, 401);
  const std::vector<std::string> needles{member_id, "ada.morrow@example.com"};
  const auto before = rows_mentioning(server.console(), needles);
  std::set<std::string> tables_before;
  for (const auto& row : before) tables_before.insert(row.substr(0, row.find(':')));
  for (const auto* table :
       {"users", "sessions", "member_intakes", "member_programs", "member_sessions",
        "member_checkins", "messages", "care_assignments", "clinical_notes", "program_overrides",
        "member_program_levels", "login_failures"}) {
    EXPECT_TRUE(tables_before.count(table)) << "the scan should see the member in " << table;
  }

  EXPECT_EQ(send("DELETE", "/api/v1/me", {{"password", "not-the-password-1"}}).status, 403);
  EXPECT_EQ(send("DELETE", "/api/v1/me", json::object()).status, 400);
  EXPECT_EQ(rows_mentioning(server.console(), needles).size(), before.size())
      << "a refused delete changes nothing";

  const auto deleted = send("DELETE", "/api/v1/me", {{"password", kGoodPassword}});
  ASSERT_EQ(deleted.status, 204) << deleted.body;
  const auto left = rows_mentioning(server.console(), needles);
  EXPECT_TRUE(left.empty()) << left.front();
  EXPECT_EQ(audit_rows("delete", "account"), 1);
  EXPECT_GT(audit_rows("write", "checkin"), 0) << "earlier audit rows stay";
  EXPECT_EQ(get("/api/v1/me").status, 401) << "the old session no longer works";
  EXPECT_EQ(login(client, "ada.morrow@example.com").status, 401);
  EXPECT_EQ(server.scalar("SELECT count(*) FROM users WHERE id = '" + therapist + "'"), "1")
      << "the therapist's account stays";
}

TEST_F(MemberRecord, OnlyAMemberDeletesTheirOwnAccount) {
  server.add_staff("t@clinic.example", "therapist");
  const auto staff = cookie_token(login(client, "t@clinic.example"));
  EXPECT_EQ(
      with_cookie(client, "DELETE", "/api/v1/me", staff, json{{"password", kGoodPassword}}.dump())
          .status,
      403);
  EXPECT_EQ(server.scalar("SELECT count(*) FROM users WHERE email = 't@clinic.example'"), "1");
  EXPECT_EQ(server.scalar("SELECT count(*) FROM users WHERE id = '" + member_id + "'"), "1");
}

}  // namespace
}  // namespace motus::test
