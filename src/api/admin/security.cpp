// GET and PUT /api/v1/admin/security: the site-wide security settings an admin changes at run
// time. Today one: staff_totp_required (every therapist, org admin and admin must log in with a
// code from an authenticator app; staff without one must set it up at their next login before
// anything else). Both audited.
#include "api/shared/access.hpp"
#include "api/shared/account_fields.hpp"
#include "api/shared/app.hpp"
#include "http/db_await.hpp"
#include "http/json_schema.hpp"
#include "http/problem.hpp"
#include "store/audit_log.hpp"
#include "store/second_factor_repository.hpp"

namespace motus::api {

namespace s = http::schema;

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

store::AuditEntry settings_entry(const App& app, const Request& request, const core::Caller& caller,
                                 std::string action) {
  return {app.clock.now_ms(), caller.user_id,      std::string(core::to_string(caller.role)),
          std::move(action),  "security_settings", {},
          "allowed",          request.request_id,  request.client_request_id};
}

asio::awaitable<Response> show(App& app, Request& request) {
  const auto& caller = require_role(request, {core::Role::admin});
  bool required = false;
  app.db.read([&](store::Connection& c) { required = store::staff_totp_required(c); });
  auto entry = settings_entry(app, request, caller, "read");
  co_await http::durable_audit(app.db, std::move(entry));
  co_return http::json_response(200, nlohmann::json{{"staff_totp_required", required}});
}

asio::awaitable<Response> change(App& app, Request& request) {
  const auto& caller = require_role(request, {core::Role::admin});
  const auto body = request.json_body();
  if (!body.contains("staff_totp_required")) {
    auto error = http::bad_request("staff_totp_required is missing: send true or false.");
    error.extensions["errors"] = {
        {{"field", "staff_totp_required"}, {"message", "Send true or false."}}};
    throw error;
  }
  const bool required = optional_flag(body, "staff_totp_required");
  auto entry = settings_entry(app, request, caller,
                              required ? "staff_totp_required" : "staff_totp_not_required");
  std::function<void(store::Connection&)> work = [entry, required](store::Connection& c) {
    store::set_staff_totp_required(c, required);
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
  co_return http::json_response(200, nlohmann::json{{"staff_totp_required", required}});
}

}  // namespace

nlohmann::json security_settings_schema() {
  return s::named("SecuritySettings", s::object({{"staff_totp_required", s::yes_no()}}));
}

void add_admin_security_routes(http::Router& router, App& app) {
  router.add(http::Route{"GET", "/api/v1/admin/security",
                         "Admin: the site's security settings ({staff_totp_required}).", "admin",
                         [&app](Request& request) { return show(app, request); }}
                 .for_roles({"admin"})
                 .answers(200, security_settings_schema()));
  router.add(
      http::Route{"PUT", "/api/v1/admin/security",
                  "Admin: change the site's security settings ({staff_totp_required: true|false}).",
                  "admin", [&app](Request& request) { return change(app, request); }}
          .for_roles({"admin"})
          .accepts(s::object({{"staff_totp_required", s::yes_no()}}),
                   {{"staff_totp_required", false}})
          .answers(200, security_settings_schema()));
}

}  // namespace motus::api
