#pragma once
// A server with a movable clock and a database the test can seed directly (an organization
// with a roster, staff accounts), for the account and audit API tests.
#include <fstream>
#include <stdexcept>
#include <string>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "store/credentials.hpp"
#include "support/server_process.hpp"

namespace motus::test {

inline constexpr const char* kGoodPassword = "river-lantern-oak-4";
inline constexpr const char* kOrganizationId = "0190a0a0-0000-7000-8000-000000000001";

class AccountServer {
 public:
  AccountServer() : server_(options(clock_dir_)) {
    sql("INSERT INTO organizations (id, name, enrollment_code, created_at) VALUES ('" + std::string(kOrganizationId) +
        "', 'Riverside Works', 'RIVER', 0);"
        "INSERT INTO roster_entries (organization_id, first_name, last_name, date_of_birth, email, line) VALUES ('" +
        kOrganizationId + "', 'ada', 'morrow', '1980-02-14', 'ada.morrow@example.com', 2);");
  }

  HttpClient client() const { return server_.client(); }
  ServerProcess& server() { return server_; }
  std::string db_file() const { return (server_.dir() / "motus.db").string(); }

  // Moves the server's clock to `seconds` after the real time.
  void set_clock_offset(long long seconds) { std::ofstream(clock_dir_.path() / "offset") << seconds << "\n"; }

  // Runs SQL on the server's database file directly, as an operator with sqlite3 would.
  // Returns sqlite's error message, or "" on success.
  std::string try_sql(const std::string& text) const {
    sqlite3* db = nullptr;
    sqlite3_open(db_file().c_str(), &db);
    sqlite3_busy_timeout(db, 5000);
    char* error = nullptr;
    sqlite3_exec(db, text.c_str(), nullptr, nullptr, &error);
    std::string message = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    return message;
  }
  void sql(const std::string& text) const {
    if (auto error = try_sql(text); !error.empty()) throw std::runtime_error(error + " in " + text);
  }

  // The first column of the first row of a query, as text ("" when there is none).
  std::string scalar(const std::string& query) const {
    sqlite3* db = nullptr;
    sqlite3_open(db_file().c_str(), &db);
    sqlite3_busy_timeout(db, 5000);
    std::string value;
    sqlite3_exec(
        db, query.c_str(),
        [](void* out, int, char** columns, char**) {
          if (columns[0] != nullptr) *static_cast<std::string*>(out) = columns[0];
          return 1;
        },
        &value, nullptr);
    sqlite3_close(db);
    return value;
  }

  void add_staff(const std::string& email, const std::string& role, const std::string& organization = "") const {
    sql("INSERT INTO users (id, email, password_hash, role, first_name, last_name, organization_id, created_at, "
        "password_changed_at) VALUES ('" + store::new_id(1) + "', '" + email + "', '" +
        store::hash_password(kGoodPassword) + "', '" + role + "', 'Staff', 'Person', " +
        (organization.empty() ? "NULL" : "'" + organization + "'") + ", 0, 0);");
  }

 private:
  static ServerOptions options(const TempDir& clock_dir) {
    ServerOptions options;
    options.env["MOTUS_CLOCK_OFFSET_FILE"] = (clock_dir.path() / "offset").string();
    return options;
  }

  TempDir clock_dir_;
  ServerProcess server_;
};

inline nlohmann::json ada_signup(const std::string& password = kGoodPassword) {
  return {{"email", "Ada.Morrow@example.com"}, {"password", password},       {"first_name", "Ada"},
          {"last_name", "Morrow"},             {"date_of_birth", "1980-02-14"}, {"enrollment_code", "river"}};
}

// The session token from a response's Set-Cookie header ("" if none).
inline std::string cookie_token(const HttpResult& result) {
  const auto cookie = result.header("set-cookie");
  const std::string prefix = "__Host-motus=";
  if (cookie.rfind(prefix, 0) != 0) return "";
  return cookie.substr(prefix.size(), cookie.find(';') - prefix.size());
}

inline HttpResult login(const HttpClient& client, const std::string& email, const std::string& password = kGoodPassword) {
  return client.post_json("/api/v1/auth/login", {{"email", email}, {"password", password}});
}

inline HttpResult with_cookie(const HttpClient& client, const std::string& method, const std::string& target,
                              const std::string& token, const std::string& body = {},
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
