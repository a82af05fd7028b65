// POST /api/v1/admin/staff: a platform admin creates a therapist, organization admin (tied to
// one organization) or another admin. Members never come this way; they sign up from a roster.
// GET /api/v1/admin/staff lists them a page at a time, each therapist with their caseload: an
// admin sees everyone (or one organization's, with ?organization_id=), an organization admin
// only their own organization's people.
#include "api/admin/paging.hpp"
#include "api/shared/access.hpp"
#include "api/shared/account_fields.hpp"
#include "api/shared/app.hpp"
#include "core/access/identity.hpp"
#include "http/db_await.hpp"
#include "http/password_work.hpp"
#include "store/audit_log.hpp"
#include "store/credentials.hpp"
#include "store/staff_repository.hpp"

namespace motus::api {

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

core::Role staff_role(const nlohmann::json& body) {
  const auto role = core::role_from_string(required_text(body, "role"));
  if (!role || *role == core::Role::member) {
    auto error = http::bad_request("role must be therapist, org_admin or admin.");
    error.extensions["errors"] = {
        {{"field", "role"}, {"message", "Use therapist, org_admin or admin."}}};
    throw error;
  }
  return *role;
}

asio::awaitable<Response> create_staff(App& app, Request& request) {
  const auto& caller = require_role(request, {core::Role::admin});
  const auto body = request.json_body();
  const auto now = app.clock.now_ms();
  store::User user;
  user.id = store::new_id(now);
  user.email = email_field(body);
  user.role = staff_role(body);
  user.first_name = required_text(body, "first_name");
  user.last_name = required_text(body, "last_name");
  user.organization_id = optional_text(body, "organization_id");
  user.created_at = now;
  user.password_changed_at = now;
  // The admin chose this password, so the person chooses their own at first log-in.
  user.must_change_password = true;
  if ((user.role == core::Role::org_admin) != !user.organization_id.empty()) {
    throw http::bad_request(
        user.role == core::Role::org_admin
            ? "An organization admin needs an organization_id."
            : "Only an organization admin belongs to an organization; leave out organization_id.");
  }
  const auto password = required_text(body, "password");
  require_acceptable_password(password, user.email);
  user.password_hash = co_await http::hash_password_off_io(password);

  store::AuditEntry entry{now,
                          caller.user_id,
                          "admin",
                          "create_staff",
                          "account",
                          {},
                          "allowed",
                          request.request_id,
                          request.client_request_id};
  std::function<void(store::Connection&)> work = [&user, &entry](store::Connection& c) {
    if (!user.organization_id.empty() && !store::organization_exists(c, user.organization_id)) {
      throw http::bad_request("There is no organization with this organization_id.");
    }
    if (store::find_user_by_email(c, user.email)) {
      throw http::HttpError(409, "Account exists", "There is already an account with this email.");
    }
    store::insert_user(c, user);
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
  auto response = http::json_response(201, nlohmann::json{{"account", account_json(user)}});
  co_return response;
}

nlohmann::json listing_json(const store::StaffListing& staff) {
  nlohmann::json item = {{"id", staff.id},
                         {"first_name", staff.first_name},
                         {"last_name", staff.last_name},
                         {"name", staff.first_name + " " + staff.last_name},
                         {"email", staff.email},
                         {"role", core::to_string(staff.role)},
                         {"organization", nullptr},
                         {"caseload", nullptr},
                         {"disabled", staff.disabled},
                         {"second_factor", staff.second_factor}};
  if (!staff.organization_id.empty()) {
    item["organization"] = {{"id", staff.organization_id}, {"name", staff.organization_name}};
  }
  if (staff.role == core::Role::therapist) item["caseload"] = staff.caseload;
  return item;
}

// The organization whose staff the caller may list: an organization admin's own, always; for an
// admin the one asked for, or "" for everyone.
std::string listed_organization(const Request& request, const core::Caller& caller) {
  const auto asked = request.query_param("organization_id");
  if (caller.role == core::Role::admin) return asked.value_or("");
  // An empty organization would list everyone; no organization admin is made without one, but
  // a hand-edited account must still see no one else's staff.
  if (caller.organization_id.empty() || (asked && *asked != caller.organization_id)) {
    throw http::HttpError(403, "Forbidden", "You can see the staff of your own organization only.");
  }
  return caller.organization_id;
}

asio::awaitable<Response> list_staff(App& app, Request& request) {
  const auto& caller = require_role(request, {core::Role::admin, core::Role::org_admin});
  const auto organization = listed_organization(request, caller);
  const auto after = page_after_id(request);
  const auto limit = page_limit(request);
  std::vector<store::StaffListing> page;
  app.db.read(
      [&](store::Connection& c) { page = store::staff_page(c, organization, after, limit); });

  const store::AuditEntry entry{app.clock.now_ms(),
                                caller.user_id,
                                std::string(core::to_string(caller.role)),
                                "read",
                                "staff_list",
                                {},
                                "allowed",
                                request.request_id,
                                request.client_request_id};
  std::function<void(store::Connection&)> work = [entry](store::Connection& c) {
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));

  nlohmann::json staff = nlohmann::json::array();
  for (const auto& listing : page) staff.push_back(listing_json(listing));
  nlohmann::json body = {{"staff", staff}, {"next_after", nullptr}};
  if (static_cast<std::int64_t>(page.size()) == limit) body["next_after"] = page.back().id;
  auto response = http::json_response(200, body);
  co_return response;
}

}  // namespace

void add_admin_staff_routes(http::Router& router, App& app) {
  namespace s = http::schema;
  router.add(
      http::Route{"POST", "/api/v1/admin/staff",
                  "Create a staff account: therapist, org_admin (with organization_id) or admin. "
                  "Admins only.",
                  "admin", [&app](Request& request) { return create_staff(app, request); }}
          .for_roles({"admin"})
          .accepts(s::object({{"email", s::filled()},
                              {"password", s::filled()},
                              {"role", s::filled()},
                              {"first_name", s::filled()},
                              {"last_name", s::filled()},
                              {"organization_id?", s::nullable(s::text())}}),
                   {{"email", "robin.ash@clinic.example"},
                    {"password", "quiet-harbour-maple-8"},
                    {"role", "therapist"},
                    {"first_name", "Robin"},
                    {"last_name", "Ash"}})
          .answers(201, s::object({{"account", account_schema()}}), "Made"));
  router.add(
      http::Route{
          "GET",
          "/api/v1/admin/staff",
          "Staff accounts a page at a time (after=ID, limit=N up to 1000), therapists with "
          "their caseload. "
          "Admins: everyone, or one organization's (organization_id=ID); organization admins: "
          "their own "
          "organization's.",
          "admin",
          [&app](Request& request) { return list_staff(app, request); },
          {},
          {"organization_id", "after", "limit"}}
          .for_roles({"admin", "org_admin"})
          .takes("limit", page_limit_schema())
          .answers(200,
                   s::object({{"staff",
                               s::list(s::object(
                                   {{"id", s::text()},
                                    {"first_name", s::text()},
                                    {"last_name", s::text()},
                                    {"name", s::text()},
                                    {"email", s::text()},
                                    {"role", s::words({"therapist", "org_admin", "admin"})},
                                    {"organization", s::nullable(s::object({{"id", s::text()},
                                                                            {"name", s::text()}}))},
                                    {"caseload", s::nullable(s::whole_from(0))},
                                    {"disabled", s::yes_no()},
                                    {"second_factor", s::yes_no()}}))},
                              {"next_after", s::nullable(s::text())}})));
}

}  // namespace motus::api
