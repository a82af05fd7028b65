// The audit log through the API: logins, failures, logouts, denials and reads of one's own
// account leave rows; the chain verifies; an edit made behind the server's back is found, and so
// are rows cut off its end (the sealed checkpoint, store/audit_checkpoint.hpp, also checked by
// `motus audit verify`); the table refuses edits.
#include <csignal>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

#include "api/account_fixture.hpp"

namespace motus::test {
namespace {

nlohmann::json audit(const HttpClient& client, const std::string& admin,
                     const std::string& query = "") {
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
  for (const auto& row : page["entries"])
    actions.insert(row["action"].get<std::string>() + "/" + row["outcome"].get<std::string>());
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
  EXPECT_EQ(rest["chain"]["rows"], first["chain"]["rows"].get<int>() + 1)
      << "the first read is on record";
  EXPECT_EQ(with_cookie(client, "GET", "/api/v1/admin/audit?limit=0", admin).status, 400);
  EXPECT_EQ(with_cookie(client, "GET", "/api/v1/admin/audit?after=x", admin).status, 400);
}

TEST(Audit, UpdatesAndDeletesAreRefusedByTheDatabase) {
  AccountServer server;
  server.client().get("/api/v1/me");
  ASSERT_EQ(server.scalar("SELECT count(*) FROM audit_log"), "1");
  EXPECT_NE(server.try_sql("UPDATE audit_log SET outcome = 'allowed'").find("append-only"),
            std::string::npos);
  EXPECT_NE(server.try_sql("DELETE FROM audit_log").find("append-only"), std::string::npos);
  EXPECT_EQ(server.scalar("SELECT outcome FROM audit_log"), "denied");
}

TEST(Audit, EditingTheTableBehindTheServersBackIsFound) {
  AccountServer server;
  auto client = server.client();
  for (int i = 0; i < 3; ++i) client.get("/api/v1/me");
  const auto admin = admin_session(server);
  ASSERT_EQ(audit(client, admin)["chain"]["verified"], true);

  server.console().run_past_append_only("audit_log",
                                        "UPDATE audit_log SET actor_role = 'admin' WHERE seq = 2");
  const auto page = audit(client, admin);
  EXPECT_EQ(page["chain"]["verified"], false);
  EXPECT_EQ(page["chain"]["first_broken_seq"], 2);
}

CommandResult verify_log(AccountServer& server) {
  return run_motus({"audit", "verify", "--db", server.db_url(), "--checkpoint",
                    server.server().audit_checkpoint_file().string(), "--key-file",
                    server.server().audit_key_file().string()});
}

long long last_seq(AccountServer& server) {
  return std::stoll(server.scalar("SELECT max(seq) FROM audit_log"));
}

// Before the change a chain with its newest rows cut off still verified: what is left of a hash
// chain is a valid chain.
TEST(Audit, CuttingTheNewestRowsOffIsFound) {
  AccountServer server;
  auto client = server.client();
  for (int i = 0; i < 3; ++i) client.get("/api/v1/me");
  const auto admin = admin_session(server);
  ASSERT_EQ(audit(client, admin)["chain"]["verified"], true);
  const auto clean = verify_log(server);
  EXPECT_EQ(clean.exit_code, 0) << clean.out << clean.err;

  const auto sealed = last_seq(server) - 1;  // the admin's read came after the check
  server.console().run_past_append_only(
      "audit_log", "DELETE FROM audit_log WHERE seq > " + std::to_string(sealed - 2));
  const auto page = audit(client, admin);
  EXPECT_EQ(page["chain"]["verified"], false) << page["chain"].dump();
  EXPECT_NE(page["chain"]["problem"].get<std::string>().find("removed"), std::string::npos)
      << page["chain"].dump();

  const auto found = verify_log(server);
  EXPECT_EQ(found.exit_code, 1) << found.out << found.err;
  EXPECT_NE(found.out.find("TAMPERED"), std::string::npos) << found.out;
}

TEST(Audit, TheServerSealsTheHeadWithoutAnAdminLooking) {
  AccountServer server;
  auto client = server.client();
  for (int i = 0; i < 4; ++i) client.get("/api/v1/me");
  // The server seals every second in these tests (MOTUS_AUDIT_CHECKPOINT_SECONDS).
  const auto file = server.server().audit_checkpoint_file();
  const auto sealed_seq = [&] {
    std::ifstream in(file);
    const auto sealed = nlohmann::json::parse(in, nullptr, false);
    return sealed.is_object() ? sealed.value("seq", 0) : 0;
  };
  for (int i = 0; i < 100 && sealed_seq() < 4; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  ASSERT_EQ(sealed_seq(), 4) << server.server().log();
  EXPECT_EQ(std::filesystem::status(server.server().audit_key_file()).permissions() &
                std::filesystem::perms::all,
            std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  EXPECT_EQ(std::filesystem::status(file).permissions() & std::filesystem::perms::all,
            std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  server.console().run_past_append_only("audit_log", "DELETE FROM audit_log WHERE seq = 4");
  const auto found = verify_log(server);
  EXPECT_EQ(found.exit_code, 1) << found.out << found.err;
}

TEST(Audit, VerifyTellsAForgedCheckpointAndBadInputApart) {
  AccountServer server;
  server.client().get("/api/v1/me");
  const auto admin = admin_session(server);
  ASSERT_EQ(audit(server.client(), admin)["chain"]["verified"], true);
  ASSERT_EQ(server.server().stop(SIGTERM), 0);  // seals once more on the way out
  EXPECT_EQ(verify_log(server).exit_code, 0);

  const auto file = server.server().audit_checkpoint_file();
  auto sealed = nlohmann::json::parse(std::ifstream(file));
  sealed["seq"] = sealed["seq"].get<int>() - 1;
  sealed["rows"] = sealed["rows"].get<int>() - 1;
  std::ofstream(file) << sealed.dump();
  const auto forged = verify_log(server);
  EXPECT_EQ(forged.exit_code, 1) << forged.out << forged.err;
  EXPECT_NE(forged.out.find("seal"), std::string::npos) << forged.out;

  const auto missing =
      run_motus({"audit", "verify", "--db", "sqlite:/nonexistent/motus.db", "--checkpoint",
                 file.string(), "--key-file", server.server().audit_key_file().string()});
  EXPECT_EQ(missing.exit_code, 2) << missing.out << missing.err;
  const auto no_key = run_motus({"audit", "verify", "--db", server.db_url(), "--checkpoint",
                                 file.string(), "--key-file", "/nonexistent/audit-key"});
  EXPECT_EQ(no_key.exit_code, 2) << no_key.out << no_key.err;
}

// Before the change neither reading one's own account nor an admin's reading of the log left a
// row.
TEST_F(SignedUpMember, ReadingOnesOwnAccountIsOnRecord) {
  ASSERT_EQ(get("/api/v1/me").status, 200);
  ASSERT_EQ(get("/api/v1/auth/session").status, 200);
  EXPECT_EQ(server.scalar(
                "SELECT count(*) FROM audit_log WHERE action = 'read' AND entity = 'account' AND "
                "actor_id = $1 AND member_id = $1",
                {member_id}),
            "1");
  EXPECT_EQ(server.scalar(
                "SELECT count(*) FROM audit_log WHERE action = 'read' AND entity = 'session' AND "
                "actor_id = $1",
                {member_id}),
            "1");
  EXPECT_EQ(client.get("/api/v1/auth/session").status, 200);
  EXPECT_EQ(
      server.scalar("SELECT count(*) FROM audit_log WHERE entity = 'session' AND action = 'read'"),
      "1")
      << "nobody logged in: nothing read, nothing to record";

  const auto admin = admin_session(server);
  audit(client, admin);
  EXPECT_EQ(server.scalar(
                "SELECT count(*) FROM audit_log WHERE action = 'read' AND entity = 'audit_log' AND "
                "actor_role = 'admin' AND outcome = 'allowed'"),
            "1");
}

// Before the change the denial was decided on the raw path's prefix, so "//api/v1/..." (which
// the router matches) wrote no row.
TEST_F(SignedUpMember, ADenialOnADoubleSlashPathIsOnRecord) {
  const auto denied = get("//api/v1/admin/audit");
  ASSERT_EQ(denied.status, 403) << denied.body;
  EXPECT_EQ(
      server.scalar("SELECT count(*) FROM audit_log WHERE action = 'denied' AND actor_id = $1 AND "
                    "entity = 'route:GET /api/v1/admin/audit'",
                    {member_id}),
      "1");
}

}  // namespace
}  // namespace motus::test
