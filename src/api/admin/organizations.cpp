// POST and GET /api/v1/admin/organizations: platform admins add the employers and health plans
// that sponsor Motus, and see each one's roster size.
#include "api/shared/access.hpp"
#include "api/shared/account_fields.hpp"
#include "api/shared/app.hpp"
#include "http/db_await.hpp"
#include "http/problem.hpp"
#include "store/audit_log.hpp"
#include "store/credentials.hpp"
#include "store/organization_repository.hpp"

namespace motus::api {

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

constexpr std::size_t kLongestName = 200;

http::HttpError field_error(const std::string& field, const std::string& message) {
  auto error = http::bad_request(message);
  error.extensions["errors"] = {{{"field", field}, {"message", message}}};
  return error;
}

std::string organization_name(const nlohmann::json& body) {
  const auto typed = required_text(body, "name");
  const auto first = typed.find_first_not_of(" \t\r\n");
  const auto last = typed.find_last_not_of(" \t\r\n");
  const auto name =
      first == std::string::npos ? std::string() : typed.substr(first, last - first + 1);
  if (name.empty() || name.size() > kLongestName) {
    throw field_error("name",
                      "The name must have 1 to " + std::to_string(kLongestName) + " characters.");
  }
  return name;
}

std::string enrollment_code(const nlohmann::json& body) {
  const auto code = store::canonical_enrollment_code(required_text(body, "enrollment_code"));
  const bool fitting =
      code.size() >= 3 && code.size() <= 32 &&
      code.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") == std::string::npos;
  if (!fitting) {
    throw field_error("enrollment_code",
                      "The enrollment code must have 3 to 32 letters, digits or hyphens.");
  }
  return code;
}

nlohmann::json organization_json(const store::Organization& organization) {
  return {{"id", organization.id},
          {"name", organization.name},
          {"enrollment_code", organization.enrollment_code}};
}

store::AuditEntry audit_of(const Request& request, const core::Caller& caller, std::int64_t at) {
  return {at,        caller.user_id,     std::string(core::to_string(caller.role)),
          "write",   "organization",     "",
          "allowed", request.request_id, request.client_request_id};
}

}  // namespace

void add_organization_routes(http::Router& router, App& app) {
  namespace s = http::schema;
  const auto organization = [](bool listed) {
    auto out = s::object({{"id", s::text()}, {"name", s::text()}, {"enrollment_code", s::text()}});
    if (listed) {
      out["properties"]["roster_size"] = s::whole_from(0);
      out["required"].push_back("roster_size");
    }
    return out;
  };
  router.add(http::Route{
      "POST", "/api/v1/admin/organizations",
      "Add a sponsoring organization with its enrollment code (admins only). The code is "
      "unique whatever its case; a clash answers 409.",
      "admin",
      [&app](Request& request) -> asio::awaitable<Response> {
        const auto& caller = require_role(request, {core::Role::admin});
        const auto body = request.json_body();
        const auto now = app.clock.now_ms();
        const store::Organization organization{store::new_id(now), organization_name(body),
                                               enrollment_code(body), now};
        try {
          co_await http::durable_write(app.db, [&](store::Connection& c) {
            store::insert_organization(c, organization);
            store::append_audit(c, audit_of(request, caller, now));
          });
        } catch (const store::StoreError& error) {
          if (error.kind() != store::StoreError::Kind::constraint) throw;
          throw http::HttpError(409, "Enrollment code taken",
                                "Another organization already uses the enrollment code " +
                                    organization.enrollment_code + ". Choose another one.");
        }
        co_return http::json_response(201, organization_json(organization));
      }}.for_roles({"admin"})
                 .accepts(s::object({{"name", s::filled()}, {"enrollment_code", s::filled()}}),
                          {{"name", "Harbour Co"}, {"enrollment_code", "HARBOUR"}})
                 .answers(201, organization(false), "Added"));
  router.add(http::Route{
      "GET", "/api/v1/admin/organizations",
      "Every sponsoring organization with how many people its roster lists (admins only).", "admin",
      [&app](Request& request) -> asio::awaitable<Response> {
        require_role(request, {core::Role::admin});
        std::vector<store::OrganizationSummary> summaries;
        app.db.read([&](store::Connection& c) { summaries = store::list_organizations(c); });
        nlohmann::json organizations = nlohmann::json::array();
        for (const auto& summary : summaries) {
          auto item = organization_json(summary.organization);
          item["roster_size"] = summary.roster_size;
          organizations.push_back(std::move(item));
        }
        const nlohmann::json body = {{"organizations", organizations}};
        auto response = http::json_response(200, body);
        co_return response;
      }}.for_roles({"admin"})
                 .answers(200, s::object({{"organizations", s::list(organization(true))}})));
}

}  // namespace motus::api
