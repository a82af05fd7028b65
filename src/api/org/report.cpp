// GET /api/v1/org/report: an organization admin's de-identified view of their own
// organization: enrolment, engagement and pain-outcome counts, with every cell under 11 people
// suppressed (core/care/report_suppression.hpp). Nothing here is about one person.
#include "api/shared/access.hpp"
#include "api/shared/app.hpp"
#include "api/shared/journey.hpp"
#include "core/care/report_period.hpp"
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

constexpr std::int64_t kDayMs = 24LL * 60 * 60 * 1000;

struct Period {
  std::string from;
  std::string to;
  std::vector<core::care::ReportMonth> months;
};

// ?from=YYYY-MM-DD&to=YYYY-MM-DD; by default the last six calendar months up to today.
Period period_of(const Request& request, std::int64_t now_ms) {
  Period period;
  period.to = request.query_param("to").value_or(utc_date(now_ms));
  period.from = request.query_param("from").value_or(utc_date(now_ms - 5 * 31 * kDayMs));
  auto months = core::care::report_months(period.from, period.to);
  if (!months) {
    auto error =
        http::bad_request("from and to must be days (YYYY-MM-DD), to not before from, at most " +
                          std::to_string(core::care::kLongestReportMonths) + " months apart.");
    error.extensions["errors"] = {
        {{"field", "from"}, {"message", "Choose a start day on or before the end day."}}};
    throw error;
  }
  period.months = std::move(*months);
  return period;
}

struct MonthFigures {
  std::string month;
  std::optional<std::int64_t> members;
  std::optional<std::int64_t> sessions;  // hidden whenever the members behind them are
};

std::vector<MonthFigures> trend_of(store::Connection& c, const std::string& organization_id,
                                   const Period& period) {
  std::vector<MonthFigures> trend;
  for (const auto& month : period.months) {
    const auto activity =
        store::organization_activity(c, organization_id, month.start_ms, month.end_ms);
    const auto members = core::care::shown_count(activity.members);
    trend.push_back({month.label, members,
                     members ? std::optional<std::int64_t>(activity.sessions) : std::nullopt});
  }
  return trend;
}

asio::awaitable<Response> report_csv(App& app, Request& request) {
  const auto& caller = require_role(request, {core::Role::org_admin});
  const auto period = period_of(request, app.clock.now_ms());
  std::optional<store::Organization> organization;
  std::vector<MonthFigures> trend;
  app.db.read([&](store::Connection& c) {
    organization = store::find_organization(c, caller.organization_id);
    trend = trend_of(c, caller.organization_id, period);
  });
  if (!organization) throw http::not_found("Your organization could not be found.");
  using core::care::csv_cell;
  const auto cell = [](const std::optional<std::int64_t>& value) {
    return value ? std::to_string(*value) : std::string("hidden (fewer than 11)");
  };
  std::string csv = "organization,month,members who logged a session,sessions logged\r\n";
  for (const auto& month : trend) {
    csv += csv_cell(organization->name) + "," + csv_cell(month.month) + "," +
           csv_cell(cell(month.members)) + "," + csv_cell(cell(month.sessions)) + "\r\n";
  }
  auto response = http::text_response(200, csv, "text/csv; charset=utf-8");
  response.set(
      http::beast_http::field::content_disposition,
      "attachment; filename=\"motus-report-" + period.from + "-to-" + period.to + ".csv\"");
  co_return response;
}

asio::awaitable<Response> report(App& app, Request& request) {
  const auto& caller = require_role(request, {core::Role::org_admin});
  std::optional<store::Organization> organization;
  store::OrganizationFigures figures;
  const auto now = app.clock.now_ms();
  const auto period = period_of(request, now);
  std::vector<MonthFigures> trend;
  app.db.read([&](store::Connection& c) {
    organization = store::find_organization(c, caller.organization_id);
    figures = store::organization_figures(c, caller.organization_id, now);
    trend = trend_of(c, caller.organization_id, period);
  });
  if (!organization) throw http::not_found("Your organization could not be found.");
  nlohmann::json months = nlohmann::json::array();
  for (const auto& month : trend) {
    months.push_back({{"month", month.month},
                      {"members_logging_sessions", shown(month.members)},
                      {"sessions_logged", shown(month.sessions)}});
  }
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
         shown(shown_percent(figures.pain_improved, figures.with_two_pain_readings))}}},
      {"period", {{"from", period.from}, {"to", period.to}, {"months", months}}}};
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
          "hidden), with the monthly trend of ?from=YYYY-MM-DD&to=YYYY-MM-DD (period). "
          "Organization admins only.",
          "org", [&app](Request& request) { return report(app, request); }}
          .for_roles({"org_admin"})
          .takes("from", s::text())
          .takes("to", s::text())
          .answers(
              200,
              s::object(
                  {{"organization", s::object({{"id", s::text()}, {"name", s::text()}})},
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
                                           {"percent_pain_improved", shown}})},
                   {"period",
                    s::object({{"from", s::text()},
                               {"to", s::text()},
                               {"months", s::list(s::object({{"month", s::text()},
                                                             {"members_logging_sessions", shown},
                                                             {"sessions_logged", shown}}))}})}})));
  router.add(
      http::Route{"GET", "/api/v1/org/report/csv",
                  "The monthly trend of ?from=YYYY-MM-DD&to=YYYY-MM-DD (default: the last six "
                  "months) as a CSV download; small counts hidden, cells that could run as "
                  "spreadsheet formulas made inert. Organization admins only.",
                  "org", [&app](Request& request) { return report_csv(app, request); }}
          .for_roles({"org_admin"})
          .takes("from", s::text())
          .takes("to", s::text())
          .answers(200, s::text(), "The trend as CSV", "text/csv"));
}

}  // namespace motus::api
