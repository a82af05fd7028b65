// POST /api/v1/admin/accounts/{id}/disable and /enable: an admin switches any account (staff or
// member) off or back on. A disabled account cannot log in, and every session it has ends at
// once (store::find_session does not find sessions of a disabled account; they are revoked too,
// so enabling it again does not bring them back). An admin cannot disable their own account.
// Both audited; a member's row names the member.
#include "api/shared/access.hpp"
#include "api/shared/app.hpp"
#include "http/db_await.hpp"
#include "http/json_schema.hpp"
#include "http/problem.hpp"
#include "store/audit_log.hpp"
#include "store/session_repository.hpp"
#include "store/user_repository.hpp"

namespace motus::api {

namespace s = http::schema;

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

asio::awaitable<Response> set_disabled(App& app, Request& request, bool disabled) {
  const auto& caller = require_role(request, {core::Role::admin});
  const auto& id = request.param("id");
  std::optional<store::User> user;
  app.db.read([&](store::Connection& c) { user = store::find_user_by_id(c, id); });
  if (!user) {
    throw http::HttpError(404, "No such account", "There is no account with this id.");
  }
  if (disabled && user->id == caller.user_id) {
    throw http::HttpError(409, "Cannot disable your own account",
                          "Another admin has to disable this account, so the site always keeps "
                          "an admin who can log in.");
  }
  store::AuditEntry entry{app.clock.now_ms(),
                          caller.user_id,
                          std::string(core::to_string(caller.role)),
                          disabled ? "account_disabled" : "account_enabled",
                          "account:" + user->id,
                          user->role == core::Role::member ? user->id : std::string(),
                          "allowed",
                          request.request_id,
                          request.client_request_id};
  const auto target = user->id;
  std::function<void(store::Connection&)> work = [entry, target, disabled](store::Connection& c) {
    store::set_user_disabled(c, target, disabled, entry.at);
    if (disabled) store::revoke_all_sessions(c, target, entry.at);
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
  co_return http::json_response(200, nlohmann::json{{"id", target}, {"disabled", disabled}});
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
}

}  // namespace motus::api
