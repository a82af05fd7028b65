// GET /api/v1/org/report: an organization admin's de-identified view of their own
// organization: enrolment, engagement and pain-outcome counts, with every cell under 11 people
// suppressed (core/care/report_suppression.hpp). Nothing here is about one person.
#include "api/shared/access.hpp"
#include "api/shared/app.hpp"
#include "core/care/report_suppression.hpp"
#include "http/problem.hpp"
#include "store/care_org_figures.hpp"
#include "store/organization_repository.hpp"

namespace motus::api {

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

nlohmann::json shown(const std::optional<std::int64_t>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

asio::awaitable<Response> report(App& app, Request& request) {
  const auto& caller = require_role(request, {core::Role::org_admin});
  std::optional<store::Organization> organization;
  store::OrganizationFigures figures;
  const auto now = app.clock.now_ms();
  app.db.read([&](store::Connection& c) {
    organization = store::find_organization(c, caller.organization_id);
    figures = store::organization_figures(c, caller.organization_id, now);
  });
  if (!organization) throw http::not_found("Your organization could not be found.");
  using core::care::shown_count;
  using core::care::shown_percent;
  nlohmann::json body = {
      {"organization", {{"id", organization->id}, {"name", organization->name}}},
      {"smallest_shown_cell", core::care::kSmallestShownCell},
      {"note", "Counts under 11 people are hidden (null) so no one can be picked out."},
      {"enrolment",
       {{"roster_size", shown(shown_count(figures.roster_size))},
        {"accounts", shown(shown_count(figures.accounts))},
        {"percent_signed_up", shown(shown_percent(figures.accounts, figures.roster_size))}}},
      {"engagement",
       {{"active_last_30_days", shown(shown_count(figures.active_last_30_days))},
        {"percent_active_last_30_days",
         shown(shown_percent(figures.active_last_30_days, figures.accounts))},
        {"messaged_care_team", shown(shown_count(figures.messaged_care_team))},
        {"finished_intake", shown(shown_count(figures.finished_intake))},
        {"logged_a_session", shown(shown_count(figures.logged_a_session))}}},
      {"outcomes",
       {{"pain_compared", shown(shown_count(figures.with_two_pain_readings))},
        {"pain_improved_2_points", shown(shown_count(figures.pain_improved))},
        {"percent_pain_improved",
         shown(shown_percent(figures.pain_improved, figures.with_two_pain_readings))}}}};
  auto response = http::json_response(200, body);
  co_return response;
}

}  // namespace

void add_org_report_routes(http::Router& router, App& app) {
  namespace s = http::schema;
  const auto shown = s::nullable(s::number());
  router.add(
      http::Route{
          "GET", "/api/v1/org/report",
          "Your organization's enrolment and engagement, de-identified (cells under 11 people "
          "hidden). "
          "Organization admins only.",
          "org", [&app](Request& request) { return report(app, request); }}
          .for_roles({"org_admin"})
          .answers(200,
                   s::object({{"organization", s::object({{"id", s::text()}, {"name", s::text()}})},
                              {"smallest_shown_cell", s::whole()},
                              {"note", s::text()},
                              {"enrolment", s::object({{"roster_size", shown},
                                                       {"accounts", shown},
                                                       {"percent_signed_up", shown}})},
                              {"engagement", s::object({{"active_last_30_days", shown},
                                                        {"percent_active_last_30_days", shown},
                                                        {"messaged_care_team", shown},
                                                        {"finished_intake", shown},
                                                        {"logged_a_session", shown}})},
                              {"outcomes", s::object({{"pain_compared", shown},
                                                      {"pain_improved_2_points", shown},
                                                      {"percent_pain_improved", shown}})}})));
}

}  // namespace motus::api
