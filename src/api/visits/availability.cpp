// GET/PUT /api/v1/care/availability: the therapist's own weekly availability (time zone, slot
// length, weekly times, days off, one-off changes), as members see it when they book.
#include "api/shared/access.hpp"
#include "api/visits/appointment_json.hpp"
#include "api/visits/appointment_routes.hpp"
#include "api/visits/time_zones.hpp"
#include "core/calendar/availability_rules.hpp"
#include "http/db_await.hpp"
#include "http/json_schema.hpp"
#include "store/availability_repository.hpp"

namespace motus::api {

namespace s = http::schema;

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

store::AuditEntry availability_audit(App& app, const Request& request, const core::Caller& caller,
                                     const std::string& action) {
  auto entry = appointment_audit(app, request, caller, action, "");
  entry.entity = "availability";
  return entry;
}

asio::awaitable<Response> get_availability(App& app, Request& request) {
  const auto& caller = require_role(request, {core::Role::therapist});
  std::optional<core::Availability> availability;
  app.db.read(
      [&](store::Connection& c) { availability = store::find_availability(c, caller.user_id); });
  co_await http::durable_audit(app.db, availability_audit(app, request, caller, "read"));
  co_return http::json_response(200, availability_json(availability.value_or(core::Availability{}),
                                                       availability.has_value()));
}

asio::awaitable<Response> put_availability(App& app, Request& request) {
  const auto& caller = require_role(request, {core::Role::therapist});
  const auto availability = availability_from_json(request.json_body());
  if (!time_zone_named(availability.time_zone)) {
    throw field_error("time_zone", "Choose a time zone such as Europe/Berlin or America/New_York.");
  }
  if (const auto problem = core::availability_problem(availability)) {
    throw field_error(problem->field, problem->message);
  }
  const auto audit = availability_audit(app, request, caller, "write");
  std::function<void(store::Connection&)> work = [availability, audit](store::Connection& c) {
    store::replace_availability(c, audit.actor_id, availability, audit.at);
    store::append_audit(c, audit);
  };
  co_await http::durable_write(app.db, std::move(work));
  co_return http::json_response(200, availability_json(availability, true));
}

}  // namespace

void add_availability_routes(http::Router& router, App& app) {
  router.add(
      http::Route{"GET", "/api/v1/care/availability",
                  "Your availability for video visits (therapists): time zone, slot length, weekly "
                  "times, days off, one-off changes.",
                  "appointments", [&app](Request& r) { return get_availability(app, r); }}
          .for_roles({"therapist"})
          .answers(200, availability_schema()));
  router.add(
      http::Route{"PUT", "/api/v1/care/availability",
                  "Replace your availability ({time_zone, slot_minutes 15|30|45, weekly: [{weekday "
                  "1-7, start, end}], days_off: [YYYY-MM-DD], exceptions: [{day, start, end, kind "
                  "open|closed}]}; times HH:MM).",
                  "appointments", [&app](Request& r) { return put_availability(app, r); }}
          .for_roles({"therapist"})
          .accepts(s::object({{"time_zone", s::filled()},
                              {"slot_minutes", s::whole()},
                              {"weekly?", s::list(s::map_of(s::any()))},
                              {"days_off?", s::list(s::text())},
                              {"exceptions?", s::list(s::map_of(s::any()))}}),
                   {{"time_zone", "UTC"},
                    {"slot_minutes", 30},
                    {"weekly",
                     {{{"weekday", 1}, {"start", "00:00"}, {"end", "23:30"}},
                      {{"weekday", 2}, {"start", "00:00"}, {"end", "23:30"}},
                      {{"weekday", 3}, {"start", "00:00"}, {"end", "23:30"}},
                      {{"weekday", 4}, {"start", "00:00"}, {"end", "23:30"}},
                      {{"weekday", 5}, {"start", "00:00"}, {"end", "23:30"}},
                      {{"weekday", 6}, {"start", "00:00"}, {"end", "23:30"}},
                      {{"weekday", 7}, {"start", "00:00"}, {"end", "23:30"}}}},
                    {"days_off", nlohmann::json::array()},
                    {"exceptions", nlohmann::json::array()}})
          .answers(200, availability_schema()));
}

}  // namespace motus::api
