// GET/PUT /api/v1/care/availability: the therapist's own weekly availability (time zone, slot
// length, weekly times, days off, one-off changes), as members see it when they book.
#include "api/shared/access.hpp"
#include "api/visits/appointment_json.hpp"
#include "api/visits/appointment_routes.hpp"
#include "api/visits/time_zones.hpp"
#include "core/calendar/availability_rules.hpp"
#include "http/db_await.hpp"
#include "store/availability_repository.hpp"

namespace motus::api {

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
  router.add({"GET", "/api/v1/care/availability",
              "Your availability for video visits (therapists): time zone, slot length, weekly "
              "times, days off, one-off changes.",
              "appointments", [&app](Request& r) { return get_availability(app, r); }});
  router.add({"PUT", "/api/v1/care/availability",
              "Replace your availability ({time_zone, slot_minutes 15|30|45, weekly: [{weekday "
              "1-7, start, end}], days_off: [YYYY-MM-DD], exceptions: [{day, start, end, kind "
              "open|closed}]}; times HH:MM).",
              "appointments", [&app](Request& r) { return put_availability(app, r); },
              "application/json"});
}

}  // namespace motus::api
