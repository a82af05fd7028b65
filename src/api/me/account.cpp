// GET /api/v1/me (who am I) and POST /api/v1/me/password (change it; every other session of
// the account ends, so a stolen session stops working the moment the password changes). The
// current password typed again counts against the login limits (password_try.hpp).
#include "api/shared/access.hpp"
#include "api/shared/account_fields.hpp"
#include "api/shared/app.hpp"
#include "api/shared/password_try.hpp"
#include "http/db_await.hpp"
#include "http/password_work.hpp"
#include "http/session_middleware.hpp"
#include "store/audit_log.hpp"
#include "store/credentials.hpp"
#include "store/session_repository.hpp"

namespace motus::api {

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

http::HttpError current_password_wrong() {
  return {403, "Current password not right",
          http::Said{"The current password you typed is not right, so nothing was changed.",
                     "La contraseña actual que escribiste no es correcta, así que no se cambió "
                     "nada."}};
}

http::HttpError same_password() {
  return http::bad_request(
      http::Said{"The new password is the same as the current one. Please choose a different one.",
                 "La contraseña nueva es igual a la actual. Elige otra distinta, por favor."});
}

store::User current_user(App& app, const core::Caller& caller) {
  std::optional<store::User> user;
  app.db.read([&](store::Connection& c) { user = store::find_user_by_id(c, caller.user_id); });
  if (!user) throw http::not_logged_in();
  return *user;
}

// Who read their own account (name, date of birth): on record like any other read of it.
store::AuditEntry own_account_read(const App& app, const Request& request,
                                   const core::Caller& caller, std::string entity) {
  return {app.clock.now_ms(),
          caller.user_id,
          std::string(core::to_string(caller.role)),
          "read",
          std::move(entity),
          caller.role == core::Role::member ? caller.user_id : std::string(),
          "allowed",
          request.request_id,
          request.client_request_id};
}

asio::awaitable<Response> me(App& app, Request& request) {
  const auto& caller = require_role(request, kEveryRole, DuringEnrolment::allowed);
  const auto user = current_user(app, caller);
  auto read = own_account_read(app, request, caller, "account");  // named: see below
  co_await http::durable_audit(app.db, std::move(read));
  auto response = http::json_response(200, nlohmann::json{{"account", account_json(user)}});
  co_return response;
}

// Who this browser is logged in as, or {"account": null}: the web app asks on every start, and
// "nobody" is an ordinary answer there, not an error.
asio::awaitable<Response> session_account(App& app, Request& request) {
  nlohmann::json account = nullptr;
  if (request.caller) {
    account = account_json(current_user(app, *request.caller));
    // A named entry, never a temporary inside the co_await (GCC 12 destroys those twice).
    auto read = own_account_read(app, request, *request.caller, "session");
    co_await http::durable_audit(app.db, std::move(read));
  }
  nlohmann::json body{{"account", std::move(account)}};
  if (request.caller && request.caller->enrolment_only) body["must_enrol_second_factor"] = true;
  auto response = http::json_response(200, std::move(body));
  co_return response;
}

asio::awaitable<Response> change_password(App& app, Request& request) {
  const auto& caller = require_role(request, kEveryRole);
  const auto body = request.json_body();
  const auto current = required_text(body, "current_password");
  const auto replacement = required_text(body, "new_password");
  const auto user = current_user(app, caller);
  require_acceptable_password(replacement, user.email, "new_password");
  if (replacement == current) {
    throw same_password();
  }
  const auto now = app.clock.now_ms();
  const std::string role(core::to_string(caller.role));
  store::AuditEntry refused{now,
                            caller.user_id,
                            role,
                            "password_change_throttled",
                            "account",
                            {},
                            "denied",
                            request.request_id,
                            request.client_request_id};
  store::AuditEntry failed{now,
                           caller.user_id,
                           role,
                           "password_change_failed",
                           "account",
                           {},
                           "failed",
                           request.request_id,
                           request.client_request_id};
  const auto attempt = co_await try_password(app, request, user.email, &user.password_hash, current,
                                             std::move(refused), std::move(failed));
  if (attempt.result == PasswordTry::Result::wait)
    co_return too_many_password_tries(request, attempt.wait_seconds);
  if (attempt.result == PasswordTry::Result::wrong) throw current_password_wrong();
  store::AuditEntry entry{now,
                          caller.user_id,
                          role,
                          "password_change",
                          "account",
                          {},
                          "allowed",
                          request.request_id,
                          request.client_request_id};
  const auto hash = co_await http::hash_password_off_io(replacement);
  const auto keep = store::token_hash(http::presented_token(request)->token);
  std::function<void(store::Connection&)> work = [entry, hash, keep,
                                                  keys = attempt.keys](store::Connection& c) {
    store::update_password(c, entry.actor_id, hash, entry.at);
    store::take_back_password_try(c, keys);
    store::revoke_other_sessions(c, entry.actor_id, keep, entry.at);
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
  auto response = no_content_response();
  co_return response;
}

// PUT /api/v1/me/contact: the member's optional phone number and safe time to call; "" or null
// clears either. Only their care team reads them (the care record), with a tel: link.
asio::awaitable<Response> change_contact(App& app, Request& request) {
  const auto& caller = require_role(request, {core::Role::member});
  const auto contact = contact_fields(request.json_body());
  const store::AuditEntry entry{app.clock.now_ms(),
                                caller.user_id,
                                "member",
                                "write",
                                "contact",
                                caller.user_id,
                                "allowed",
                                request.request_id,
                                request.client_request_id};
  std::function<void(store::Connection&)> work = [contact, entry](store::Connection& c) {
    store::update_contact(c, entry.actor_id, contact.phone, contact.call_time);
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
  const auto user = current_user(app, caller);
  auto response = http::json_response(200, nlohmann::json{{"account", account_json(user)}});
  co_return response;
}

}  // namespace

void add_me_routes(http::Router& router, App& app) {
  namespace s = http::schema;
  const std::vector<std::string> everyone = {"member", "therapist", "org_admin", "admin"};
  router.add(http::Route{"GET", "/api/v1/me", "The logged-in account.", "me",
                         [&app](Request& request) { return me(app, request); }}
                 .for_roles(everyone)
                 .answers(200, s::object({{"account", account_schema()}})));
  router.add(http::Route{"GET", "/api/v1/auth/session",
                         "The logged-in account, or null when nobody is logged in.", "auth",
                         [&app](Request& request) { return session_account(app, request); }}
                 .for_roles({"public"})
                 .answers(200, s::object({{"account", s::nullable(account_schema())}})));
  router.add(
      http::Route{"POST", "/api/v1/me/password",
                  "Change the password ({current_password, new_password}); ends every "
                  "other session.",
                  "me", [&app](Request& request) { return change_password(app, request); }}
          .for_roles(everyone)
          .accepts(s::object({{"current_password", s::filled()}, {"new_password", s::filled()}}),
                   {{"current_password", "willow-copper-stone-5"},
                    {"new_password", "heron-lantern-quartz-9"}})
          .answers(204, nullptr, "Changed; every other session has ended"));
  router.add(http::Route{"PUT", "/api/v1/me/contact",
                         "Your optional phone number and safe time to call ({phone, call_time}; "
                         "\"\" or null clears); only your care team sees them.",
                         "me", [&app](Request& request) { return change_contact(app, request); }}
                 .for_roles({"member"})
                 .accepts(s::object({{"phone?", s::nullable(s::text())},
                                     {"call_time?", s::nullable(s::text())}}),
                          {{"phone", "+1 555 0100"}, {"call_time", "weekdays after 5 pm"}})
                 .answers(200, s::object({{"account", account_schema()}})));
}

}  // namespace motus::api
