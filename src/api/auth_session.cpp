// POST /api/v1/auth/login and /logout. Failed logins are counted per account and per address
// in the database; past the limit the answer is 429 with Retry-After until the window ends.
// Every login, failed login, refusal and logout is written to the audit log.
#include <algorithm>

#include "api/access.hpp"
#include "api/app.hpp"
#include "api/auth_account.hpp"
#include "http/db_await.hpp"
#include "http/password_work.hpp"
#include "http/pipeline.hpp"
#include "http/session_middleware.hpp"
#include "store/audit_log.hpp"
#include "store/credentials.hpp"
#include "store/login_failure_repository.hpp"
#include "store/session_repository.hpp"

namespace motus::api {

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

constexpr std::initializer_list<core::Role> kEveryRole = {core::Role::member, core::Role::therapist,
                                                          core::Role::org_admin, core::Role::admin};

std::string account_key(const std::string& email) { return "account:" + email; }
std::string address_key(const Request& request) { return "address:" + request.address_key(); }

store::AuditEntry login_entry(const Request& request, std::int64_t now, const std::optional<store::User>& user,
                              std::string action, std::string outcome) {
  store::AuditEntry entry{now, {}, {}, std::move(action), "session", {}, std::move(outcome), request.request_id};
  if (user) {
    entry.actor_id = user->id;
    entry.actor_role = std::string(core::to_string(user->role));
  }
  return entry;
}

std::optional<std::int64_t> throttled_for(App& app, const std::string& email, const Request& request,
                                          std::int64_t now) {
  std::optional<core::FailureCount> account;
  std::optional<core::FailureCount> address;
  app.db.read([&](store::Connection& c) {
    account = store::find_login_failures(c, account_key(email));
    address = store::find_login_failures(c, address_key(request));
  });
  std::optional<std::int64_t> wait;
  for (const auto& [count, limit] : {std::pair{account, core::kAccountLimit}, std::pair{address, core::kAddressLimit}}) {
    if (!count) continue;
    if (auto seconds = core::retry_after_seconds(*count, limit, now)) wait = std::max(wait.value_or(0), *seconds);
  }
  return wait;
}

http::HttpError login_failed() {
  return {401, "Login failed", "The email or password is not right. Please try again."};
}

Response too_many_attempts(const Request& request, std::int64_t seconds) {
  const auto minutes = std::max<std::int64_t>(1, (seconds + 59) / 60);
  auto response = http::problem_response(
      429, "Too many tries",
      "There were too many wrong passwords. To keep the account safe, please wait about " + std::to_string(minutes) +
          " minute(s) and try again.",
      request);
  response.set(http::beast_http::field::retry_after, std::to_string(seconds));
  return response;
}

asio::awaitable<Response> login(App& app, Request& request) {
  const auto body = request.json_body();
  const auto email = email_field(body);
  const auto password = required_text(body, "password");
  const auto now = app.clock.now_ms();

  if (auto wait = throttled_for(app, email, request, now)) {
    auto entry = login_entry(request, now, std::nullopt, "login_throttled", "denied");
    co_await http::durable_audit(app.db, std::move(entry));
    co_return too_many_attempts(request, *wait);
  }

  std::optional<store::User> user;
  app.db.read([&](store::Connection& c) { user = store::find_user_by_email(c, email); });
  const bool accepted = user ? co_await http::verify_password_off_io(user->password_hash, password)
                             : co_await http::verify_password_of_nobody_off_io(password);
  if (!accepted) {
    auto entry = login_entry(request, now, user, "login_failed", "failed");
    const auto address = address_key(request);
    std::function<void(store::Connection&)> work = [entry, email, address](store::Connection& c) {
      store::record_login_failure(c, account_key(email), core::kAccountLimit, entry.at);
      store::record_login_failure(c, address, core::kAddressLimit, entry.at);
      store::append_audit(c, entry);
    };
    co_await http::durable_write(app.db, std::move(work));
    throw login_failed();
  }

  const auto token = store::new_session_token();
  auto entry = login_entry(request, now, user, "login", "allowed");
  const auto hash = store::token_hash(token);
  const auto id = user->id;
  std::function<void(store::Connection&)> work = [entry, email, id, hash](store::Connection& c) {
    store::insert_session(c, hash, id, entry.at);
    store::clear_login_failures(c, account_key(email));
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
  auto response = session_response(200, nlohmann::json{{"account", account_json(*user)}}, token, body.value("bearer", false) == true);
  co_return response;
}

asio::awaitable<Response> logout(App& app, Request& request) {
  const auto& caller = require_role(request, kEveryRole);
  const auto now = app.clock.now_ms();
  store::AuditEntry entry{now,       caller.user_id, std::string(core::to_string(caller.role)),
                          "logout",  "session",      {},
                          "allowed", request.request_id};
  const auto hash = store::token_hash(http::presented_token(request)->token);
  std::function<void(store::Connection&)> work = [entry, hash](store::Connection& c) {
    store::revoke_session(c, hash, entry.at);
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
  auto response = no_content_response();
  response.set(http::beast_http::field::set_cookie, http::expired_session_cookie());
  co_return response;
}

}  // namespace

void add_auth_routes(http::Router& router, App& app) {
  add_auth_signup_route(router, app);
  router.add({"POST", "/api/v1/auth/login",
              "Log in with email and password; starts a session (cookie __Host-motus, or a token with "
              "{\"bearer\": true}).",
              "auth", [&app](Request& request) { return login(app, request); }, "application/json"});
  router.add({"POST", "/api/v1/auth/logout", "End this session.", "auth",
              [&app](Request& request) { return logout(app, request); }});
}

}  // namespace motus::api
