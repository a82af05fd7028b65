// POST /api/v1/admin/organizations/{id}/roster: replaces an organization's eligibility roster
// with an uploaded CSV and answers what happened to every row. The server's body cap applies
// (1 MiB by default, about 15,000 rows); larger rosters are loaded with `motus roster import`.
#include "api/shared/access.hpp"
#include "api/shared/app.hpp"
#include "core/roster/roster.hpp"
#include "http/db_await.hpp"
#include "http/problem.hpp"
#include "store/audit_log.hpp"
#include "store/organization_repository.hpp"
#include "store/roster_replace.hpp"

namespace motus::api {

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

void require_csv(const Request& request) {
  const auto type = request.header("Content-Type");
  const auto media = type.substr(0, type.find(';'));
  if (media != "text/csv" && media != "text/plain") {
    throw http::HttpError(415, "Unsupported media type", "Send the roster as text/csv.");
  }
}

nlohmann::json report_json(const store::Organization& organization, const core::RosterFile& file,
                           const core::RosterChanges& changes) {
  nlohmann::json rejected_rows = nlohmann::json::array();
  for (const auto& row : file.rejected)
    rejected_rows.push_back({{"line", row.line}, {"reason", row.reason}});
  return {{"organization", {{"id", organization.id}, {"name", organization.name}}},
          {"loaded", changes.added},
          {"updated", changes.kept},
          {"removed", changes.removed},
          {"rejected", file.rejected.size()},
          {"rejected_rows", rejected_rows},
          {"roster_size", file.entries.size()}};
}

}  // namespace

void add_roster_routes(http::Router& router, App& app) {
  namespace s = http::schema;
  router.add(http::Route{
      "POST", "/api/v1/admin/organizations/{id}/roster",
      "Replace the organization's eligibility roster with a CSV (admins only). Answers how many "
      "people were loaded (new), updated (already listed), removed, and each rejected row's line "
      "and reason. Accounts are never removed. Rosters over the body size cap are loaded with "
      "`motus roster import`.",
      "admin",
      [&app](Request& request) -> asio::awaitable<Response> {
        const auto& caller = require_role(request, {core::Role::admin});
        require_csv(request);
        std::optional<store::Organization> organization;
        app.db.read([&](store::Connection& c) {
          organization = store::find_organization(c, request.param("id"));
        });
        if (!organization) throw http::not_found("There is no organization with this id.");
        core::RosterFile file;
        try {
          file = core::parse_roster_csv(request.raw.body());
        } catch (const core::RosterFileError& error) {
          throw http::HttpError(400, "Roster not readable", error.what());
        }
        core::RosterChanges changes;
        const auto now = app.clock.now_ms();
        co_await http::durable_write(app.db, [&](store::Connection& c) {
          changes = store::replace_roster(c, organization->id, file.entries);
          store::append_audit(
              c, {now, caller.user_id, std::string(core::to_string(caller.role)), "write", "roster",
                  "", "allowed", request.request_id, request.client_request_id});
        });
        co_return http::json_response(200, report_json(*organization, file, changes));
      },
      "text/csv"}
                 .for_roles({"admin"})
                 .example_text("first name,last name,date of birth,email,employee id\n"
                               "Maya,Fernsby,1985-04-12,maya.fernsby@demo.example,D-001\n"
                               "Bea,Lund,1979-03-09,bea.lund@demo.example,D-006\n")
                 .answers(
                     200,
                     s::object(
                         {{"organization", s::object({{"id", s::text()}, {"name", s::text()}})},
                          {"loaded", s::whole_from(0)},
                          {"updated", s::whole_from(0)},
                          {"removed", s::whole_from(0)},
                          {"rejected", s::whole_from(0)},
                          {"rejected_rows",
                           s::list(s::object({{"line", s::whole()}, {"reason", s::text()}}))},
                          {"roster_size", s::whole_from(0)}})));
}

}  // namespace motus::api
