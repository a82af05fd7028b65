// The therapist's side of appointments: their visits with member names and the queue's
// countdown ("visit in 2 h"), booking on an assigned member's behalf (any free time on the
// 15-minute grid, not only their open slots), moving and cancelling until the visit starts, and
// one visit as an .ics file.
//   GET /api/v1/care/appointments?from=&to=    POST /api/v1/care/members/{id}/appointments
//   PATCH/DELETE /api/v1/care/appointments/{id} GET /api/v1/care/appointments/{id}/calendar.ics
#include "api/shared/access.hpp"
#include "api/shared/care_access.hpp"
#include "api/shared/language.hpp"
#include "api/visits/appointment_json.hpp"
#include "api/visits/appointment_routes.hpp"
#include "api/visits/booking.hpp"
#include "api/visits/calendar_text.hpp"
#include "http/db_await.hpp"
#include "http/json_schema.hpp"
#include "store/user_repository.hpp"

namespace motus::api {

namespace s = http::schema;

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

constexpr std::int64_t kDay = 24 * core::kHourMs;

const core::Caller& require_therapist(const Request& request) {
  return require_role(request, {core::Role::therapist});
}

std::string member_name(App& app, const std::string& member_id) {
  std::string name;
  app.db.read([&](store::Connection& c) {
    if (const auto user = store::find_user_by_id(c, member_id)) {
      name = user->first_name + " " + user->last_name;
    }
  });
  return name;
}

// The time a therapist asks for: {starts_at, ends_at}, 15/30/45 minutes on the grid, not past.
core::TimeRange asked_time(const nlohmann::json& body, std::int64_t now) {
  const core::TimeRange slot{epoch_ms_field(body, "starts_at"), epoch_ms_field(body, "ends_at")};
  switch (core::booking_refusal(slot, now, true)) {
    case core::BookingRefusal::bad_length:
      throw field_error("ends_at", "A visit lasts 15, 30 or 45 minutes.");
    case core::BookingRefusal::off_grid:
      throw field_error("starts_at", "Start on a quarter hour.");
    case core::BookingRefusal::too_soon:
      throw field_error("starts_at", "Choose a time that has not started yet.");
    case core::BookingRefusal::too_far:
      throw field_error("starts_at", "Book at most 60 days ahead.");
    case core::BookingRefusal::none:
      break;
  }
  return slot;
}

asio::awaitable<Response> list_appointments(App& app, Request& request) {
  const auto& caller = require_therapist(request);
  const auto now = app.clock.now_ms();
  const auto from = epoch_ms_query(request, "from", now - 7 * kDay);
  const auto to = epoch_ms_query(request, "to", now + 31 * kDay);
  if (to <= from) throw field_error("to", "End the range after its start.");
  if (to - from > core::kLongestQueryMs) throw field_error("to", "Ask for at most 62 days.");
  std::vector<store::Appointment> appointments;
  std::map<std::string, std::string> names;
  app.db.read([&](store::Connection& c) {
    appointments = store::appointments_of_therapist(c, caller.user_id, from, to);
    for (const auto& a : appointments) {
      if (names.contains(a.member_id)) continue;
      const auto user = store::find_user_by_id(c, a.member_id);
      names[a.member_id] = user ? user->first_name + " " + user->last_name : "";
    }
  });
  // One row per member shown; a row naming nobody when there was nothing to show.
  std::vector<store::AuditEntry> audits;
  for (const auto& [member_id, name] : names) {
    audits.push_back(appointment_audit(app, request, caller, "read", member_id));
  }
  if (audits.empty()) audits.push_back(appointment_audit(app, request, caller, "read", ""));
  co_await record_listing(app, appointments, std::move(audits));
  nlohmann::json list = nlohmann::json::array();
  for (const auto& a : appointments) {
    list.push_back(appointment_json(a, now, names[a.member_id], true));
  }
  co_return http::json_response(200, {{"from", from}, {"to", to}, {"appointments", list}});
}

asio::awaitable<Response> book_for_member(App& app, Request& request) {
  const auto& caller = require_therapist(request);
  const auto body = request.json_body();
  const auto now = app.clock.now_ms();
  const auto member = co_await cared_for_member(app, request, caller);
  const auto slot = asked_time(body, now);
  const auto appointment = new_booking(member.id, caller.user_id, slot, caller.user_id, now);
  co_await write_booking(app, appointment,
                         appointment_audit(app, request, caller, "write", member.id));
  co_return http::json_response(
      201, {{"appointment", appointment_json(appointment, now,
                                             member.first_name + " " + member.last_name, true)}});
}

asio::awaitable<Response> reschedule(App& app, Request& request) {
  const auto& caller = require_therapist(request);
  const auto body = request.json_body();
  const auto appointment = co_await changeable_appointment(app, request, caller);
  const auto now = app.clock.now_ms();
  co_await write_move(app, appointment.id, asked_time(body, now),
                      appointment_audit(app, request, caller, "write", appointment.member_id));
  co_return http::json_response(
      200, {{"appointment", appointment_json(reread(app, appointment.id), now,
                                             member_name(app, appointment.member_id), true)}});
}

asio::awaitable<Response> cancel(App& app, Request& request) {
  const auto& caller = require_therapist(request);
  const auto cancelled = co_await cancel_own_appointment(app, request, caller);
  co_return http::json_response(
      200, {{"appointment", appointment_json(cancelled, app.clock.now_ms(),
                                             member_name(app, cancelled.member_id), true)}});
}

asio::awaitable<Response> appointment_ics(App& app, Request& request) {
  const auto& caller = require_therapist(request);
  const auto appointment = co_await own_appointment(app, request, caller);
  co_await http::durable_audit(
      app.db, appointment_audit(app, request, caller, "read", appointment.member_id));
  const auto language = answer_language(request);
  co_return calendar_response({appointment}, language, "motus-visit.ics");
}

}  // namespace

void add_care_appointment_routes(http::Router& router, App& app) {
  router.add(http::Route{
      "GET",
      "/api/v1/care/appointments",
      "Your video visits (therapists) in [from, to) (epoch ms; default a week back to a "
      "month ahead), with member names and a countdown for the queue.",
      "appointments",
      [&app](Request& r) { return list_appointments(app, r); },
      "",
      {"from", "to"}}
                 .for_roles({"therapist"})
                 .takes("from", s::whole())
                 .takes("to", s::whole())
                 .answers(200, s::object({{"from", s::whole()},
                                          {"to", s::whole()},
                                          {"appointments", s::list(appointment_schema())}})));
  router.add(http::Route{
      "POST", "/api/v1/care/members/{id}/appointments",
      "Book a video visit for your member ({starts_at, ends_at}, 15/30/45 minutes on the "
      "quarter hour); 409 when the time is taken.",
      "appointments", [&app](Request& r) { return book_for_member(app, r); }}
                 .for_roles({"therapist"})
                 .accepts(s::object({{"starts_at", s::whole()}, {"ends_at?", s::whole()}}),
                          {{"starts_at", 1893463200000}, {"ends_at", 1893465000000}})
                 .answers(201, s::object({{"appointment", appointment_schema()}}), "Booked"));
  router.add(http::Route{"PATCH", "/api/v1/care/appointments/{id}",
                         "Move your visit ({starts_at, ends_at}); until it starts.", "appointments",
                         [&app](Request& r) { return reschedule(app, r); }}
                 .for_roles({"therapist"})
                 .accepts(s::object({{"starts_at", s::whole()}, {"ends_at?", s::whole()}}),
                          {{"starts_at", 1893466800000}, {"ends_at", 1893468600000}})
                 .answers(200, s::object({{"appointment", appointment_schema()}}), "Moved"));
  router.add(http::Route{"DELETE", "/api/v1/care/appointments/{id}",
                         "Cancel your visit; until it starts.", "appointments",
                         [&app](Request& r) { return cancel(app, r); }}
                 .for_roles({"therapist"})
                 .answers(200, s::object({{"appointment", appointment_schema()}}), "Cancelled"));
  router.add(http::Route{"GET", "/api/v1/care/appointments/{id}/calendar.ics",
                         "Your visit as an iCalendar (.ics) file.", "appointments",
                         [&app](Request& r) { return appointment_ics(app, r); }}
                 .for_roles({"therapist"})
                 .answers(200, s::text(), "The visit as iCalendar", "text/calendar"));
}

}  // namespace motus::api
