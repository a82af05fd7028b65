#pragma once
// A server with a movable clock and a database the test can seed and inspect directly (an
// organization with a roster, staff accounts), for the account, audit and member-record tests.
// It runs on whichever back end the suite runs on (support/test_database.hpp).
#include <gtest/gtest.h>

#include <fstream>
#include <optional>
#include <string>

#include "store/credentials.hpp"
#include "support/api_accounts.hpp"
#include "support/server_process.hpp"
#include "support/sql_console.hpp"

namespace motus::test {

inline constexpr const char* kGoodPassword = "river-lantern-oak-4";
inline constexpr const char* kOrganizationId = "0190a0a0-0000-7000-8000-000000000001";

// Riverside Works (enrolment code RIVER) with Ada Morrow on its roster, written as SQL: the
// audit tests count every row the API leaves, so the seed must leave none.
inline void seed_riverside(const SqlConsole& console) {
  console.execute(
      "INSERT INTO organizations (id, name, enrollment_code, created_at) VALUES ($1, $2, $3, 0)",
      {kOrganizationId, "Riverside Works", "RIVER"});
  console.execute(
      "INSERT INTO roster_entries (organization_id, first_name, last_name, date_of_birth, email, "
      "line) "
      "VALUES ($1, 'ada', 'morrow', '1980-02-14', 'ada.morrow@example.com', 2)",
      {kOrganizationId});
}

class AccountServer {
 public:
  // `env`: more settings for the server (MOTUS_SMTP_HOST, ...).
  explicit AccountServer(const std::map<std::string, std::string>& env = {})
      : server_(options(clock_dir_, env)), console_(server_.db_url()) {
    seed_riverside(console_);
  }

  HttpClient client() const { return server_.client(); }
  ServerProcess& server() { return server_; }
  const SqlConsole& console() const { return console_; }
  const std::string& db_url() const { return server_.db_url(); }

  // Moves the server's clock to `seconds` after the real time.
  void set_clock_offset(long long seconds) {
    std::ofstream(clock_dir_.path() / "offset") << seconds << "\n";
  }

  // SQL on the server's database directly, as an operator would (see SqlConsole).
  std::string try_sql(const std::string& text) const { return console_.try_run(text); }
  void sql(const std::string& text) const { console_.run(text); }
  std::string scalar(const std::string& query, const std::vector<store::Value>& params = {}) const {
    return console_.scalar(query, params);
  }

  // An account with kGoodPassword. Admins are written as SQL (someone has to be the first);
  // everyone else is made by an admin through POST /admin/staff, as in real life.
  std::string add_staff(const std::string& email, const std::string& role,
                        const std::string& organization = "") {
    if (role == "admin") return insert_admin(email);
    if (!operator_token_) {
      insert_admin("operator@motus.example");
      operator_token_ = bearer_login(client(), "operator@motus.example", kGoodPassword);
    }
    return motus::test::add_staff(client(), *operator_token_,
                                  {email, kGoodPassword, role, organization});
  }

 private:
  static ServerOptions options(const TempDir& clock_dir,
                               const std::map<std::string, std::string>& env) {
    ServerOptions options;
    options.env = env;
    options.env["MOTUS_CLOCK_OFFSET_FILE"] = (clock_dir.path() / "offset").string();
    options.env["MOTUS_AUDIT_CHECKPOINT_SECONDS"] = "1";
    return options;
  }

  std::string insert_admin(const std::string& email) const {
    const auto id = store::new_id(1);
    console_.execute(
        "INSERT INTO users (id, email, password_hash, role, first_name, last_name, created_at, "
        "password_changed_at) VALUES ($1, $2, $3, 'admin', 'Staff', 'Person', 0, 0)",
        {id, email, store::hash_password(kGoodPassword)});
    return id;
  }

  TempDir clock_dir_;
  ServerProcess server_;
  SqlConsole console_;
  std::optional<std::string> operator_token_;
};

// An intake the assessment rates self-care (SI-joint picture), and one with emergency red flags.
inline nlohmann::json self_care_intake() {
  return {{"age", 35},
          {"duration_weeks", 4},
          {"pain_now", 4},
          {"locations", {"sacrum_left", "buttock_left", "low_back"}},
          {"points_to_one_spot", true},
          {"aggravating", {"stairs", "standing_one_leg", "car_transfer"}},
          {"prefs", {{"minutes_per_day", 30}}}};
}

inline nlohmann::json emergency_intake() {
  return {{"age", 50},
          {"duration_weeks", 1},
          {"pain_now", 8},
          {"red_flags", {{"saddle_numbness", true}, {"bladder_change", true}}}};
}

inline nlohmann::json ada_signup(const std::string& password = kGoodPassword) {
  return {{"email", "Ada.Morrow@example.com"},
          {"password", password},
          {"first_name", "Ada"},
          {"last_name", "Morrow"},
          {"date_of_birth", "1980-02-14"},
          {"enrollment_code", "river"}};
}

// The session token from a response's Set-Cookie header ("" if none).
inline std::string cookie_token(const HttpResult& result) {
  const auto cookie = result.header("set-cookie");
  const std::string prefix = "__Host-motus=";
  if (cookie.rfind(prefix, 0) != 0) return "";
  return cookie.substr(prefix.size(), cookie.find(';') - prefix.size());
}

inline HttpResult login(const HttpClient& client, const std::string& email,
                        const std::string& password = kGoodPassword) {
  return client.post_json("/api/v1/auth/login", {{"email", email}, {"password", password}});
}

inline HttpResult with_cookie(const HttpClient& client, const std::string& method,
                              const std::string& target, const std::string& token,
                              const std::string& body = {},
                              std::map<std::string, std::string> headers = {}) {
  headers["Cookie"] = "__Host-motus=" + token;
  if (!body.empty()) headers["Content-Type"] = "application/json";
  return client.request(method, target, body, headers);
}

// Ada, signed up on a fresh server and holding a session: the start of every member test.
class SignedUpMember : public ::testing::Test {
 protected:
  SignedUpMember() : client(server.client()) {}

  void SetUp() override {
    auto signup = client.post_json("/api/v1/auth/signup", ada_signup());
    ASSERT_EQ(signup.status, 201) << signup.body;
    token = cookie_token(signup);
    member_id = server.scalar("SELECT id FROM users WHERE email = 'ada.morrow@example.com'");
    ASSERT_FALSE(member_id.empty());
  }

  HttpResult get(const std::string& target) { return with_cookie(client, "GET", target, token); }

  AccountServer server;
  HttpClient client;
  std::string token;
  std::string member_id;
};

}  // namespace motus::test
