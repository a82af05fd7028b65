// POST /api/v1/auth/login and /logout. Password tries are counted under the login limits
// (password_try.hpp); past them the answer is 429 with Retry-After.
// Every login, failed login, refusal and logout is written to the audit log.
#include <algorithm>

#include "api/shared/access.hpp"
#include "api/shared/account_fields.hpp"
#include "api/shared/app.hpp"
#include "api/shared/password_try.hpp"
#include "http/db_await.hpp"
#include "http/pipeline.hpp"
#include "http/session_middleware.hpp"
#include "store/audit_log.hpp"
#include "store/credentials.hpp"
#include "store/session_repository.hpp"

namespace motus::api {

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

constexpr std::initializer_list<core::Role> kEveryRole = {core::Role::member, core::Role::therapist,
                                                          core::Role::org_admin, core::Role::admin};

store::AuditEntry login_entry(const Request& request, std::int64_t now,
                              const std::optional<store::User>& user, std::string action,
                              std::string outcome) {
  store::AuditEntry entry{
      now, {}, {}, std::move(action), "session", {}, std::move(outcome), request.request_id};
  if (user) {
    entry.actor_id = user->id;
    entry.actor_role = std::string(core::to_string(user->role));
  }
  return entry;
}

http::HttpError login_failed() {
  return {401, "Login failed", "The email or password is not right. Please try again."};
}

asio::awaitable<Response> login(App& app, Request& request) {
  const auto body = request.json_body();
  const auto email = email_field(body);
  const auto password = required_text(body, "password");
  const bool bearer = optional_flag(body, "bearer");
  const auto now = app.clock.now_ms();

  std::optional<store::User> user;
  app.db.read([&](store::Connection& c) { user = store::find_user_by_email(c, email); });
  // Named entries, never temporaries inside the co_await (GCC 12 destroys those twice).
  auto refused = login_entry(request, now, std::nullopt, "login_throttled", "denied");
  auto failed = login_entry(request, now, user, "login_failed", "failed");
  const auto attempt =
      co_await try_password(app, request, email, user ? &user->password_hash : nullptr, password,
                            std::move(refused), std::move(failed));
  if (attempt.result == PasswordTry::Result::wait)
    co_return too_many_password_tries(request, attempt.wait_seconds);
  if (attempt.result == PasswordTry::Result::wrong) throw login_failed();

  const auto token = store::new_session_token();
  auto entry = login_entry(request, now, user, "login", "allowed");
  const auto hash = store::token_hash(token);
  const auto id = user->id;
  std::function<void(store::Connection&)> work = [entry, keys = attempt.keys, id,
                                                  hash](store::Connection& c) {
    store::insert_session(c, hash, id, entry.at);
    store::take_back_password_try(c, keys);
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
  auto response =
      session_response(200, nlohmann::json{{"account", account_json(*user)}}, token, bearer);
  co_return response;
}

asio::awaitable<Response> logout(App& app, Request& request) {
  const auto& caller = require_role(request, kEveryRole);
  const auto now = app.clock.now_ms();
  store::AuditEntry entry{now,       caller.user_id,    std::string(core::to_string(caller.role)),
                          "logout",  "session",         {},
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
  namespace s = http::schema;
  router.add(
      http::Route{"POST", "/api/v1/auth/login",
                  "Log in with email and password; starts a session (cookie __Host-motus, or a "
                  "token with {\"bearer\": true}).",
                  "auth", [&app](Request& request) { return login(app, request); }}
          .for_roles({"public"})
          .accepts(s::object({{"email", s::filled()},
                              {"password", s::filled()},
                              {"bearer?", s::nullable(s::yes_no())}}),
                   {{"email", "maya.fernsby@demo.example"}, {"password", "willow-copper-stone-5"}})
          .answers(200, session_schema(), "Logged in; the session cookie is set"));
  router.add(http::Route{"POST", "/api/v1/auth/logout", "End this session.", "auth",
                         [&app](Request& request) { return logout(app, request); }}
                 .for_roles({"member", "therapist", "org_admin", "admin"})
                 .answers(204, nullptr, "Logged out; the session cookie is cleared"));
}

}  // namespace motus::api
