// The audit log through the API: logins, failures, logouts and denials leave rows; the chain
// verifies; an edit made behind the server's back is found; the table refuses edits.
#include <set>

#include "api/account_fixture.hpp"

namespace motus::test {
namespace {

nlohmann::json audit(const HttpClient& client, const std::string& admin, const std::string& query = "") {
  auto res = with_cookie(client, "GET", "/api/v1/admin/audit" + query, admin);
  EXPECT_EQ(res.status, 200) << res.body;
  return res.json();
}

std::string admin_session(AccountServer& server) {
  server.add_staff("root@example.com", "admin");
  return cookie_token(login(server.client(), "root@example.com"));
}

TEST(Audit, LoginsFailuresLogoutsAndDenialsAreRecordedOnAVerifiedChain) {
  AccountServer server;
  auto client = server.client();
  ASSERT_EQ(client.post_json("/api/v1/auth/signup", ada_signup()).status, 201);
  EXPECT_EQ(login(client, "ada.morrow@example.com", "wrong-password-1").status, 401);
  const auto member = cookie_token(login(client, "ada.morrow@example.com"));
  EXPECT_EQ(with_cookie(client, "GET", "/api/v1/admin/audit", member).status, 403);
  EXPECT_EQ(client.get("/api/v1/me").status, 401);
  EXPECT_EQ(with_cookie(client, "POST", "/api/v1/auth/logout", member).status, 204);
  const auto admin = admin_session(server);

  const auto page = audit(client, admin);
  EXPECT_EQ(page["chain"]["verified"], true);
  EXPECT_TRUE(page["chain"]["first_broken_seq"].is_null());
  std::multiset<std::string> actions;
  for (const auto& row : page["entries"]) actions.insert(row["action"].get<std::string>() + "/" + row["outcome"].get<std::string>());
  EXPECT_EQ(actions.count("signup/allowed"), 1u);
  EXPECT_EQ(actions.count("login/allowed"), 2u);  // the member, then the admin
  EXPECT_EQ(actions.count("login_failed/failed"), 1u);
  EXPECT_EQ(actions.count("logout/allowed"), 1u);
  EXPECT_EQ(actions.count("denied/denied"), 2u);

  for (const auto& row : page["entries"]) {
    if (row["action"] == "denied" && row["actor_role"] == "member") {
      EXPECT_EQ(row["entity"], "route:GET /api/v1/admin/audit");
      EXPECT_FALSE(row["request_id"].is_null());
    }
  }
  EXPECT_EQ(page["entries"][0]["prev_hash"], std::string(64, '0'));
  for (std::size_t i = 1; i < page["entries"].size(); ++i) {
    EXPECT_EQ(page["entries"][i]["prev_hash"], page["entries"][i - 1]["hash"]);
  }
}

TEST(Audit, PagesFollowSeq) {
  AccountServer server;
  auto client = server.client();
  for (int i = 0; i < 4; ++i) client.get("/api/v1/me");
  const auto admin = admin_session(server);
  const auto first = audit(client, admin, "?limit=2");
  ASSERT_EQ(first["entries"].size(), 2u);
  EXPECT_EQ(first["entries"][0]["seq"], 1);
  EXPECT_EQ(first["next_after"], 2);
  const auto rest = audit(client, admin, "?after=2&limit=100");
  EXPECT_EQ(rest["entries"][0]["seq"], 3);
  EXPECT_TRUE(rest["next_after"].is_null());
  EXPECT_EQ(rest["chain"]["rows"], first["chain"]["rows"]);
  EXPECT_EQ(with_cookie(client, "GET", "/api/v1/admin/audit?limit=0", admin).status, 400);
  EXPECT_EQ(with_cookie(client, "GET", "/api/v1/admin/audit?after=x", admin).status, 400);
}

TEST(Audit, UpdatesAndDeletesAreRefusedByTheDatabase) {
  AccountServer server;
  server.client().get("/api/v1/me");
  ASSERT_EQ(server.scalar("SELECT count(*) FROM audit_log"), "1");
  EXPECT_NE(server.try_sql("UPDATE audit_log SET outcome = 'allowed'").find("append-only"), std::string::npos);
  EXPECT_NE(server.try_sql("DELETE FROM audit_log").find("append-only"), std::string::npos);
  EXPECT_EQ(server.scalar("SELECT outcome FROM audit_log"), "denied");
}

TEST(Audit, EditingTheTableBehindTheServersBackIsFound) {
  AccountServer server;
  auto client = server.client();
  for (int i = 0; i < 3; ++i) client.get("/api/v1/me");
  const auto admin = admin_session(server);
  ASSERT_EQ(audit(client, admin)["chain"]["verified"], true);

  server.console().run_past_append_only("audit_log", "UPDATE audit_log SET actor_role = 'admin' WHERE seq = 2");
  const auto page = audit(client, admin);
  EXPECT_EQ(page["chain"]["verified"], false);
  EXPECT_EQ(page["chain"]["first_broken_seq"], 2);
}

}  // namespace
}  // namespace motus::test
