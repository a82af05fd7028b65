// PUT /api/v1/admin/members/{id}/therapist: an admin moves a member to another therapist
// ({therapist_id}). Members are first assigned at sign-up to the least-loaded therapist.
// GET /api/v1/admin/members lists members with their therapist (one therapist's caseload with
// ?therapist_id=), so the admin can find whom to move. Which therapist cares for someone is
// about their care, so every member listed gets an audit row, as in the care queue.
#include "api/admin/paging.hpp"
#include "api/shared/access.hpp"
#include "api/shared/account_fields.hpp"
#include "api/shared/app.hpp"
#include "api/shared/care_access.hpp"
#include "http/db_await.hpp"
#include "store/care_assignment_repository.hpp"
#include "store/staff_repository.hpp"

namespace motus::api {

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

asio::awaitable<Response> reassign(App& app, Request& request) {
  const auto& caller = require_role(request, {core::Role::admin});
  const auto body = request.json_body();
  const auto therapist_id = required_text(body, "therapist_id");
  const auto member = co_await cared_for_member(app, request, caller);
  const auto entry = member_audit(app, request, caller, "write", "care_assignment", member.id);
  std::function<void(store::Connection&)> work = [therapist_id, entry](store::Connection& c) {
    const auto therapist = store::find_user_by_id(c, therapist_id);
    if (!therapist || therapist->role != core::Role::therapist) {
      auto error = http::bad_request("There is no therapist with this therapist_id.");
      error.extensions["errors"] = {
          {{"field", "therapist_id"}, {"message", "Use the id of a therapist's account."}}};
      throw error;
    }
    store::assign_therapist(c, entry.member_id, therapist_id, entry.at);
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
  nlohmann::json answer = {{"member_id", member.id}, {"therapist_id", therapist_id}};
  auto response = http::json_response(200, answer);
  co_return response;
}

nlohmann::json member_json(const store::CaseloadMember& member) {
  return {
      {"id", member.id},
      {"first_name", member.first_name},
      {"last_name", member.last_name},
      {"name", member.first_name + " " + member.last_name},
      {"organization_id",
       member.organization_id.empty() ? nlohmann::json() : nlohmann::json(member.organization_id)},
      {"therapist_id",
       member.therapist_id.empty() ? nlohmann::json() : nlohmann::json(member.therapist_id)},
      {"disabled", member.disabled}};
}

asio::awaitable<Response> list_members(App& app, Request& request) {
  const auto& caller = require_role(request, {core::Role::admin});
  const auto therapist_id = request.query_param("therapist_id").value_or("");
  const auto after = page_after_id(request);
  const auto limit = page_limit(request);
  std::vector<store::CaseloadMember> page;
  app.db.read(
      [&](store::Connection& c) { page = store::member_page(c, therapist_id, after, limit); });

  std::vector<store::AuditEntry> entries;
  nlohmann::json members = nlohmann::json::array();
  for (const auto& member : page) {
    entries.push_back(member_audit(app, request, caller, "read", "care_assignment", member.id));
    members.push_back(member_json(member));
  }
  co_await http::durable_audits(app.db, std::move(entries));
  nlohmann::json body = {{"members", members}, {"next_after", nullptr}};
  if (static_cast<std::int64_t>(page.size()) == limit) body["next_after"] = page.back().id;
  auto response = http::json_response(200, body);
  co_return response;
}

}  // namespace

void add_admin_member_routes(http::Router& router, App& app) {
  namespace s = http::schema;
  router.add(http::Route{"PUT", "/api/v1/admin/members/{id}/therapist",
                         "Assign the member to another therapist ({therapist_id}). Admins only.",
                         "admin", [&app](Request& request) { return reassign(app, request); }}
                 .for_roles({"admin"})
                 .accepts(s::object({{"therapist_id", s::filled()}}),
                          {{"therapist_id", "0190c1a2-7f00-7000-8000-000000000001"}})
                 .answers(200, s::object({{"member_id", s::text()}, {"therapist_id", s::text()}})));
  router.add(
      http::Route{
          "GET",
          "/api/v1/admin/members",
          "Members with their therapist a page at a time (after=ID, limit=N up to 1000); one "
          "therapist's "
          "caseload with therapist_id=ID. Admins only.",
          "admin",
          [&app](Request& request) { return list_members(app, request); },
          {},
          {"therapist_id", "after", "limit"}}
          .for_roles({"admin"})
          .takes("limit", page_limit_schema())
          .answers(200, s::object({{"members",
                                    s::list(s::object({{"id", s::text()},
                                                       {"first_name", s::text()},
                                                       {"last_name", s::text()},
                                                       {"name", s::text()},
                                                       {"organization_id", s::nullable(s::text())},
                                                       {"therapist_id", s::nullable(s::text())},
                                                       {"disabled", s::yes_no()}}))},
                                   {"next_after", s::nullable(s::text())}})));
}

}  // namespace motus::api
