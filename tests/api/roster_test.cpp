// Organizations, roster uploads and the eligibility check, against the real binary: who may
// manage rosters, what an upload reports, that a re-upload replaces the roster without touching
// accounts, how matching forgives case and spacing, and that a "no" and the rate limit give
// nothing away.
#include <gtest/gtest.h>
#include <signal.h>

#include <fstream>

#include "support/api_accounts.hpp"
#include "support/server_process.hpp"
#include "support/test_database.hpp"

namespace motus::test {
namespace {

const std::string kPassword = "demo-password-for-tests-7";
const std::string kRoster =
    "first name,last name,date of birth,email,employee id\r\n"
    "Ann,Lee,1970-05-06,ann.lee@acme.example,A1\r\n"
    "Bo,Chan,1980-07-08,bo.chan@acme.example,A2\r\n"
    "Cy,Lu,1990-02-30,cy.lu@acme.example,A3\r\n"
    "\r\n"
    "Di,\"Ma, Jr\",1985-01-01,di.ma@acme.example,A4\r\n"
    "ann,LEE,1970-05-06,ann.other@acme.example,A5\r\n";

using Headers = std::map<std::string, std::string>;

class RosterApi : public ::testing::Test {
 protected:
  RosterApi()
      : server_(ServerOptions{{"--demo"}, {{"MOTUS_DEMO_PASSWORD", kPassword}}, std::nullopt}) {}

  HttpClient client() const { return server_.client(); }

  std::string login(const std::string& email, const std::string& password) const {
    return bearer_login(client(), email, password);
  }
  Headers as(const std::string& token, const std::string& content_type = "application/json") const {
    return {{"Authorization", "Bearer " + token}, {"Content-Type", content_type}};
  }
  std::string admin() const { return login("admin@demo.example", kPassword); }

  HttpResult create_organization(const std::string& token, const nlohmann::json& body) const {
    return client().request("POST", "/api/v1/admin/organizations", body.dump(), as(token));
  }
  std::string new_organization(const std::string& token, const std::string& code) const {
    auto res = create_organization(token, {{"name", "Acme " + code}, {"enrollment_code", code}});
    EXPECT_EQ(res.status, 201) << res.body;
    return res.json().value("id", "");
  }
  HttpResult upload(const std::string& token, const std::string& id, const std::string& csv) const {
    return client().request("POST", "/api/v1/admin/organizations/" + id + "/roster", csv,
                            as(token, "text/csv"));
  }
  HttpResult check(const nlohmann::json& identity,
                   const std::string& request_id = "check-1") const {
    return client().request("POST", "/api/v1/eligibility/check", identity.dump(),
                            {{"Content-Type", "application/json"}, {"X-Request-Id", request_id}});
  }

  ServerProcess server_;
};

nlohmann::json ann(nlohmann::json extra) {
  nlohmann::json identity = {
      {"first_name", "Ann"}, {"last_name", "Lee"}, {"date_of_birth", "1970-05-06"}};
  identity.update(extra);
  return identity;
}

TEST_F(RosterApi, AdminCreatesAndListsOrganizations) {
  const auto token = admin();
  auto created =
      create_organization(token, {{"name", "  Acme Works "}, {"enrollment_code", "acme-2024"}});
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.json()["name"], "Acme Works");
  EXPECT_EQ(created.json()["enrollment_code"], "ACME-2024");
  EXPECT_FALSE(created.json()["id"].get<std::string>().empty());

  auto clash = create_organization(token, {{"name", "Other"}, {"enrollment_code", "Acme-2024"}});
  EXPECT_EQ(clash.status, 409) << clash.body;

  auto no_code = create_organization(token, {{"name", "Other"}});
  EXPECT_EQ(no_code.status, 400);
  EXPECT_EQ(no_code.json()["errors"][0]["field"], "enrollment_code");
  auto bad_code = create_organization(token, {{"name", "Other"}, {"enrollment_code", "a b!"}});
  EXPECT_EQ(bad_code.status, 400);
  EXPECT_EQ(bad_code.json()["errors"][0]["field"], "enrollment_code");
  auto no_name = create_organization(token, {{"name", "   "}, {"enrollment_code", "OTHER"}});
  EXPECT_EQ(no_name.status, 400);
  EXPECT_EQ(no_name.json()["errors"][0]["field"], "name");

  ASSERT_EQ(upload(token, created.json()["id"], kRoster).status, 200);
  auto list = client().request("GET", "/api/v1/admin/organizations", "", as(token));
  ASSERT_EQ(list.status, 200) << list.body;
  std::map<std::string, std::int64_t> sizes;
  const auto listed = list.json();
  for (const auto& org : listed["organizations"]) {
    sizes[org["enrollment_code"].get<std::string>()] = org["roster_size"].get<std::int64_t>();
  }
  EXPECT_EQ(sizes["ACME-2024"], 3);
  EXPECT_EQ(sizes["DEMO"], 5);
}

TEST_F(RosterApi, UploadReportsEachRow) {
  const auto token = admin();
  const auto id = new_organization(token, "ACME");
  auto res = upload(token, id, "\xEF\xBB\xBF" + kRoster);
  ASSERT_EQ(res.status, 200) << res.body;
  const auto report = res.json();
  EXPECT_EQ(report["loaded"], 3);
  EXPECT_EQ(report["updated"], 0);
  EXPECT_EQ(report["rejected"], 2);
  ASSERT_EQ(report["rejected_rows"].size(), 2u);
  EXPECT_EQ(report["rejected_rows"][0]["line"], 4);
  EXPECT_NE(report["rejected_rows"][0]["reason"].get<std::string>().find("1990-02-30"),
            std::string::npos);
  EXPECT_EQ(report["rejected_rows"][1]["line"], 7);
  EXPECT_NE(report["rejected_rows"][1]["reason"].get<std::string>().find("line 2"),
            std::string::npos);

  auto unusable = upload(token, id, "name,email\nAnn,a@b.example\n");
  EXPECT_EQ(unusable.status, 400);
  EXPECT_NE(unusable.json()["detail"].get<std::string>().find("date of birth"), std::string::npos);
  EXPECT_EQ(upload(token, "no-such-org", kRoster).status, 404);
  EXPECT_EQ(
      client()
          .request("POST", "/api/v1/admin/organizations/" + id + "/roster", kRoster, as(token))
          .status,
      415);
}

TEST_F(RosterApi, ReuploadReplacesTheRosterButKeepsAccounts) {
  const auto token = admin();
  const auto id = new_organization(token, "ACME");
  ASSERT_EQ(upload(token, id, kRoster).status, 200);
  auto signup =
      client().post_json("/api/v1/auth/signup", {{"email", "bo.chan@acme.example"},
                                                 {"password", "a-long-and-private-phrase-9"},
                                                 {"first_name", "Bo"},
                                                 {"last_name", "Chan"},
                                                 {"date_of_birth", "1980-07-08"},
                                                 {"enrollment_code", "acme"}});
  ASSERT_EQ(signup.status, 201) << signup.body;

  const std::string next =
      "email,first name,last name,date of birth\n"
      "ann.lee@acme.example,Ann,Lee,1970-05-06\n"
      "eve.no@acme.example,Eve,No,1999-09-09\n";
  auto res = upload(token, id, next);
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.json()["loaded"], 1);
  EXPECT_EQ(res.json()["updated"], 1);
  EXPECT_EQ(res.json()["removed"], 2);
  EXPECT_EQ(res.json()["roster_size"], 2);

  const nlohmann::json bo = {{"first_name", "Bo"},
                             {"last_name", "Chan"},
                             {"date_of_birth", "1980-07-08"},
                             {"email", "bo.chan@acme.example"}};
  EXPECT_EQ(check(bo).status, 403) << "removed from the roster, no longer eligible";
  EXPECT_EQ(check(ann({{"email", "ann.lee@acme.example"}})).status, 200);
  EXPECT_EQ(check({{"first_name", "Eve"},
                   {"last_name", "No"},
                   {"date_of_birth", "1999-09-09"},
                   {"enrollment_code", "ACME"}})
                .status,
            200);
  login("bo.chan@acme.example", "a-long-and-private-phrase-9");  // the account still logs in
}

TEST_F(RosterApi, EligibilityMatchesForgivingCaseAndSpaces) {
  const auto token = admin();
  ASSERT_EQ(upload(token, new_organization(token, "ACME"), kRoster).status, 200);
  auto by_email = check(ann({{"email", "ann.lee@acme.example"}}));
  ASSERT_EQ(by_email.status, 200) << by_email.body;
  EXPECT_EQ(by_email.json()["eligible"], true);
  EXPECT_EQ(by_email.json()["organization"], "Acme ACME");

  EXPECT_EQ(check({{"first_name", "  aNN "},
                   {"last_name", "LEE  "},
                   {"date_of_birth", " 1970-05-06 "},
                   {"email", " Ann.Lee@ACME.example "}})
                .status,
            200);
  EXPECT_EQ(check(ann({{"enrollment_code", " acme "}})).status, 200);
  EXPECT_EQ(check({{"first_name", "Di"},
                   {"last_name", "ma,  jr"},
                   {"date_of_birth", "1985-01-01"},
                   {"enrollment_code", "ACME"}})
                .status,
            200);
  EXPECT_EQ(check(ann({{"enrollment_code", "DEMO"}})).status, 403)
      << "on Acme's roster, not the demo's";
  EXPECT_EQ(check({{"first_name", "Maya"},
                   {"last_name", "Fernsby"},
                   {"date_of_birth", "1985-04-12"},
                   {"enrollment_code", "demo"}})
                .status,
            200)
      << "the demo roster printed at start";
}

TEST_F(RosterApi, ANoIsTheSameWhicheverFieldWasWrong) {
  const auto token = admin();
  ASSERT_EQ(upload(token, new_organization(token, "ACME"), kRoster).status, 200);
  const std::vector<nlohmann::json> wrong = {
      ann({{"email", "ann.lee@acme.example"}, {"date_of_birth", "1970-05-07"}}),
      ann({{"email", "ann.lee@acme.example"}, {"first_name", "Anne"}}),
      ann({{"email", "ann.lee@acme.example"}, {"last_name", "Leigh"}}),
      ann({{"email", "someone@acme.example"}}),
      ann({{"enrollment_code", "NOPE"}}),
      {{"first_name", "Nobody"},
       {"last_name", "Atall"},
       {"date_of_birth", "2001-01-01"},
       {"email", "n@x.example"}},
  };
  // Every answer has its own error_id (ids are the server's own); the rest must be the same.
  const auto without_id = [](const HttpResult& res) {
    auto body = res.json();
    body.erase("error_id");
    return body;
  };
  const auto first = check(wrong[0]);
  ASSERT_EQ(first.status, 403) << first.body;
  EXPECT_EQ(first.header("content-type"), "application/problem+json");
  for (const auto& identity : wrong) {
    auto res = check(identity);
    EXPECT_EQ(res.status, 403) << identity.dump();
    EXPECT_EQ(without_id(res), without_id(first)) << identity.dump();
  }
  EXPECT_EQ(check(ann({{"date_of_birth", "1970-02-30"}, {"email", "a@b.example"}})).status, 400);
  EXPECT_EQ(check(ann(nlohmann::json::object())).status, 400)
      << "needs an email or an enrollment code";
  EXPECT_EQ(check(ann({{"email", "a@b.example"}, {"ssn", "1"}})).status, 400);
}

TEST_F(RosterApi, TooManyChecksFromOneAddressAreRefused) {
  const auto guess = ann({{"email", "guess@acme.example"}});
  for (int i = 0; i < 30; ++i) ASSERT_EQ(check(guess).status, 403) << "check " << i + 1;
  auto refused = check(ann({{"enrollment_code", "DEMO"}}));
  EXPECT_EQ(refused.status, 429) << refused.body;
  const auto wait = std::stoi(refused.header("retry-after"));
  EXPECT_GT(wait, 0);
  EXPECT_LE(wait, 15 * 60);
}

TEST_F(RosterApi, OnlyAdminsManageOrganizations) {
  EXPECT_EQ(client().get("/api/v1/admin/organizations").status, 401);
  EXPECT_EQ(
      client()
          .post_json("/api/v1/admin/organizations", {{"name", "X"}, {"enrollment_code", "XYZ"}})
          .status,
      401);
  EXPECT_EQ(client()
                .request("POST", "/api/v1/admin/organizations/x/roster", kRoster,
                         {{"Content-Type", "text/csv"}})
                .status,
            401);
  const auto therapist = login("pt@demo.example", kPassword);
  EXPECT_EQ(client().request("GET", "/api/v1/admin/organizations", "", as(therapist)).status, 403);
  EXPECT_EQ(create_organization(therapist, {{"name", "X"}, {"enrollment_code", "XYZ"}}).status,
            403);

  auto signup =
      client().post_json("/api/v1/auth/signup", {{"email", "maya.fernsby@demo.example"},
                                                 {"password", "a-long-and-private-phrase-9"},
                                                 {"first_name", "Maya"},
                                                 {"last_name", "Fernsby"},
                                                 {"date_of_birth", "1985-04-12"},
                                                 {"enrollment_code", "DEMO"}});
  ASSERT_EQ(signup.status, 201) << signup.body;
  const auto member = login("maya.fernsby@demo.example", "a-long-and-private-phrase-9");
  EXPECT_EQ(client().request("GET", "/api/v1/admin/organizations", "", as(member)).status, 403);
  EXPECT_EQ(
      client()
          .request("POST", "/api/v1/admin/organizations/x/roster", kRoster, as(member, "text/csv"))
          .status,
      403);
}

TEST(RosterCommand, ImportsReportsAndRefusesUnknownOrganizations) {
  ServerProcess server({{"--demo"}, {{"MOTUS_DEMO_PASSWORD", kPassword}}, std::nullopt});
  server.stop(SIGTERM);
  const auto file = server.dir() / "roster.csv";
  std::ofstream(file) << kRoster;

  auto imported =
      run_motus({"roster", "import", "--org", "demo", file.string(), "--db", server.db_url()});
  EXPECT_EQ(imported.exit_code, 1) << "rows were rejected: " << imported.err;
  EXPECT_NE(imported.out.find("3 new, 0 updated, 5 removed, 2 rejected"), std::string::npos)
      << imported.out;
  EXPECT_NE(imported.out.find("line 4:"), std::string::npos) << imported.out;
  EXPECT_NE(imported.out.find("line 7:"), std::string::npos) << imported.out;

  const auto clean = server.dir() / "clean.csv";
  std::ofstream(clean)
      << "first name,last name,dob,email\nAnn,Lee,1970-05-06,ann.lee@acme.example\n";
  auto again =
      run_motus({"roster", "import", "--org", "DEMO", clean.string(), "--db", server.db_url()});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("0 new, 1 updated, 2 removed, 0 rejected"), std::string::npos)
      << again.out;

  auto unknown =
      run_motus({"roster", "import", "--org", "NOPE", clean.string(), "--db", server.db_url()});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("NOPE"), std::string::npos) << unknown.err;
  auto unreadable = run_motus({"roster", "import", "--org", "DEMO",
                               (server.dir() / "missing.csv").string(), "--db", server.db_url()});
  EXPECT_EQ(unreadable.exit_code, 2);
  const auto headless = server.dir() / "headless.csv";
  std::ofstream(headless) << "Ann,Lee,1970-05-06,ann.lee@acme.example\n";
  auto no_header =
      run_motus({"roster", "import", "--org", "DEMO", headless.string(), "--db", server.db_url()});
  EXPECT_EQ(no_header.exit_code, 2);
  EXPECT_NE(no_header.err.find("first line must name the columns"), std::string::npos)
      << no_header.err;
}

TEST(RosterCommand, LargeFilesShowProgress) {
  TempDir dir;
  TestDatabase database;
  const auto db = database.url();
  {
    ServerProcess server({{"--demo"}, {{"MOTUS_DEMO_PASSWORD", kPassword}}, db});
    server.stop(SIGTERM);
  }
  std::ofstream out(dir.path() / "big.csv");
  out << "first name,last name,date of birth,employee id\n";
  for (int i = 0; i < 25000; ++i) out << "P" << i << ",Q" << i << ",1980-01-01," << i << "\n";
  out.close();
  auto res = run_motus(
      {"roster", "import", "--org", "DEMO", (dir.path() / "big.csv").string(), "--db", db});
  EXPECT_EQ(res.exit_code, 0) << res.err;
  std::size_t reports = 0;
  for (auto at = res.err.find("of 25000 people"); at != std::string::npos;
       at = res.err.find("of 25000 people", at + 1)) {
    ++reports;
  }
  EXPECT_EQ(reports, 2u) << "one line per 10,000 people stored: " << res.err;
  EXPECT_NE(res.out.find("25000 new"), std::string::npos) << res.out;
}

}  // namespace
}  // namespace motus::test
