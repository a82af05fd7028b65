// POST /api/v1/admin/accounts/{id}/disable and /enable: an admin switches any account (staff or
// member) off or back on. A disabled account cannot log in, and every session it has ends at
// once (store::find_session does not find sessions of a disabled account; they are revoked too,
// so enabling it again does not bring them back). An admin cannot disable their own account.
// Both audited; a member's row names the member.
// DELETE /api/v1/admin/accounts/{id}/second-factor: a staff member lost their phone and their
// recovery codes. An admin removes their two-step login (and every session they have); they log
// in with the password and enrol again, at once when the site requires it. Not an admin's own
// (another admin does it, as with disabling). Audited.
#include "api/shared/access.hpp"
#include "api/shared/app.hpp"
#include "http/db_await.hpp"
#include "http/json_schema.hpp"
#include "http/problem.hpp"
#include "store/audit_log.hpp"
#include "store/second_factor_repository.hpp"
#include "store/session_repository.hpp"
#include "store/user_repository.hpp"

namespace motus::api {

namespace s = http::schema;

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

std::optional<store::User> account_named_by(App& app, const Request& request) {
  std::optional<store::User> user;
  app.db.read([&](store::Connection& c) { user = store::find_user_by_id(c, request.param("id")); });
  if (!user) {
    throw http::HttpError(404, "No such account", "There is no account with this id.");
  }
  return user;
}

store::AuditEntry account_entry(App& app, const Request& request, const core::Caller& caller,
                                std::string action, const store::User& user) {
  return store::AuditEntry{app.clock.now_ms(),
                           caller.user_id,
                           std::string(core::to_string(caller.role)),
                           std::move(action),
                           "account:" + user.id,
                           user.role == core::Role::member ? user.id : std::string(),
                           "allowed",
                           request.request_id,
                           request.client_request_id};
}

asio::awaitable<Response> set_disabled(App& app, Request& request, bool disabled) {
  const auto& caller = require_role(request, {core::Role::admin});
  const auto user = account_named_by(app, request);
  if (disabled && user->id == caller.user_id) {
    throw http::HttpError(409, "Cannot disable your own account",
                          "Another admin has to disable this account, so the site always keeps "
                          "an admin who can log in.");
  }
  const auto entry =
      account_entry(app, request, caller, disabled ? "account_disabled" : "account_enabled", *user);
  const auto target = user->id;
  std::function<void(store::Connection&)> work = [entry, target, disabled](store::Connection& c) {
    store::set_user_disabled(c, target, disabled, entry.at);
    if (disabled) store::revoke_all_sessions(c, target, entry.at);
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
  co_return http::json_response(200, nlohmann::json{{"id", target}, {"disabled", disabled}});
}

asio::awaitable<Response> reset_second_factor(App& app, Request& request) {
  const auto& caller = require_role(request, {core::Role::admin});
  const auto user = account_named_by(app, request);
  if (user->id == caller.user_id) {
    throw http::HttpError(409, "Cannot reset your own two-step login",
                          "Another admin has to reset it, after checking it is really you.");
  }
  const auto entry = account_entry(app, request, caller, "second_factor_reset", *user);
  const auto target = user->id;
  bool enrolled = false;
  std::function<void(store::Connection&)> work = [entry, target, &enrolled](store::Connection& c) {
    enrolled = store::find_staff_totp(c, target).has_value();
    if (!enrolled) return;
    store::forget_second_factor_of(c, target);
    store::revoke_all_sessions(c, target, entry.at);
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
  if (!enrolled) {
    auto error = http::HttpError(409, "No two-step login to reset",
                                 "This account has not set up two-step login.");
    error.extensions["code"] = "not_enrolled";
    throw error;
  }
  co_return http::json_response(200, nlohmann::json{{"id", target}, {"second_factor", false}});
}

}  // namespace

void add_admin_account_routes(http::Router& router, App& app) {
  router.add(http::Route{
      "POST", "/api/v1/admin/accounts/{id}/disable",
      "Admin: switch an account (staff or member) off; it cannot log in and every session "
      "it has ends at once.",
      "admin", [&app](Request& request) { return set_disabled(app, request, true); }}
                 .for_roles({"admin"})
                 .answers(200, s::object({{"id", s::text()}, {"disabled", s::yes_no()}})));
  router.add(http::Route{"POST", "/api/v1/admin/accounts/{id}/enable",
                         "Admin: switch a disabled account back on (it logs in afresh).", "admin",
                         [&app](Request& request) { return set_disabled(app, request, false); }}
                 .for_roles({"admin"})
                 .answers(200, s::object({{"id", s::text()}, {"disabled", s::yes_no()}})));
  router.add(
      http::Route{"DELETE", "/api/v1/admin/accounts/{id}/second-factor",
                  "Admin: remove a staff member's two-step login after they lost their phone and "
                  "recovery codes; their sessions end and they enrol again.",
                  "admin", [&app](Request& request) { return reset_second_factor(app, request); }}
          .for_roles({"admin"})
          .answers(200, s::object({{"id", s::text()}, {"second_factor", s::yes_no()}})));
}

}  // namespace motus::api
