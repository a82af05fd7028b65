// A member's appointments with their own therapist: open slots, booking, their visits, moving
// and cancelling (until the cut-off), and one visit as an .ics file.
//   GET /api/v1/me/appointments/slots?from=&to=   GET/POST /api/v1/me/appointments
//   PATCH/DELETE /api/v1/me/appointments/{id}     GET /api/v1/me/appointments/{id}/calendar.ics
#include "api/shared/access.hpp"
#include "api/shared/language.hpp"
#include "api/visits/appointment_json.hpp"
#include "api/visits/appointment_routes.hpp"
#include "api/visits/booking.hpp"
#include "api/visits/calendar_text.hpp"
#include "http/db_await.hpp"
#include "http/json_schema.hpp"
#include "store/care_assignment_repository.hpp"
#include "store/user_repository.hpp"

namespace motus::api {

namespace s = http::schema;

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

constexpr std::int64_t kDefaultSlotsRange = 14 * 24 * core::kHourMs;

const core::Caller& require_member_caller(const Request& request) {
  return require_role(request, {core::Role::member});
}

struct Therapist {
  std::string id;
  std::string name;
};

std::optional<Therapist> therapist_of_member(store::Connection& c, const std::string& member_id) {
  const auto id = store::therapist_of(c, member_id);
  if (!id) return std::nullopt;
  const auto user = store::find_user_by_id(c, *id);
  if (!user) return std::nullopt;
  return Therapist{user->id, user->first_name + " " + user->last_name};
}

const http::Said kNotAnOpenTime{"This is not one of your therapist's open times.",
                                "Esta hora no está entre los horarios libres de tu terapeuta."};

http::HttpError no_therapist() {
  http::HttpError error(409, "No therapist yet",
                        http::Said{"You can book a video visit once a therapist is looking after "
                                   "you.",
                                   "Podrás reservar una visita por video cuando un terapeuta te "
                                   "esté atendiendo."});
  error.extensions["code"] = "no_therapist";
  return error;
}

// The slot the body asks for: starts_at, and ends_at (or the therapist's slot length).
core::TimeRange asked_slot(const nlohmann::json& body, const OpenTimes& open) {
  const auto starts_at = epoch_ms_field(body, "starts_at");
  auto ends_at = starts_at + std::int64_t{open.availability.slot_minutes} * core::kMinuteMs;
  if (body.contains("ends_at")) ends_at = epoch_ms_field(body, "ends_at");
  return {starts_at, ends_at};
}

// Why a member may not have `slot`: a 400 naming starts_at when it is not one of the therapist's
// times (or too soon or too far), a 409 when it is but someone has it; nothing when it is open.
std::optional<http::HttpError> slot_refusal(store::Connection& c, const Therapist& therapist,
                                            const std::string& member_id,
                                            const core::TimeRange& slot, std::int64_t now,
                                            const std::string& moving) {
  switch (core::booking_refusal(slot, now, false)) {
    case core::BookingRefusal::too_soon:
      return field_error("starts_at", http::Said{"Book at least 2 hours ahead.",
                                                 "Reserva con al menos 2 horas de antelación."});
    case core::BookingRefusal::too_far:
      return field_error("starts_at", http::Said{"Book at most 60 days ahead.",
                                                 "Reserva con 60 días de antelación como "
                                                 "máximo."});
    case core::BookingRefusal::bad_length:
    case core::BookingRefusal::off_grid:
      return field_error("starts_at", kNotAnOpenTime);
    case core::BookingRefusal::none:
      break;
  }
  const auto earliest = now + core::kBookingLeadMs;
  const auto from = slot.starts_at;
  if (is_open(open_times(c, therapist.id, member_id, from, from + 1, earliest, moving), slot)) {
    return std::nullopt;
  }
  if (is_open(offered_times(c, therapist.id, from, from + 1, earliest), slot)) return slot_taken();
  return field_error("starts_at", kNotAnOpenTime);
}

struct BookingSide {
  Therapist therapist;
  OpenTimes settings;  // the therapist's availability (no slots)
};

// The member's therapist and their availability; 409 when the member has no therapist.
BookingSide booking_side(App& app, const std::string& member_id) {
  std::optional<Therapist> therapist;
  OpenTimes settings;
  app.db.read([&](store::Connection& c) {
    therapist = therapist_of_member(c, member_id);
    if (therapist) settings = offered_times(c, therapist->id, 0, 0, 0);
  });
  if (!therapist) throw no_therapist();
  return {*therapist, settings};
}

// Throws what slot_refusal finds.
void require_open_slot(App& app, const Therapist& therapist, const std::string& member_id,
                       const core::TimeRange& slot, std::int64_t now, const std::string& moving) {
  std::optional<http::HttpError> refusal;
  app.db.read([&](store::Connection& c) {
    refusal = slot_refusal(c, therapist, member_id, slot, now, moving);
  });
  if (refusal) throw *refusal;
}

asio::awaitable<Response> get_slots(App& app, Request& request) {
  const auto& caller = require_member_caller(request);
  const auto now = app.clock.now_ms();
  const auto from = std::max(epoch_ms_query(request, "from", now), now);
  const auto to = epoch_ms_query(request, "to", from + kDefaultSlotsRange);
  if (to <= from) throw field_error("to", "End the range after its start.");
  if (to - from > core::kLongestQueryMs) throw field_error("to", "Ask for at most 62 days.");
  std::optional<Therapist> therapist;
  OpenTimes open;
  app.db.read([&](store::Connection& c) {
    therapist = therapist_of_member(c, caller.user_id);
    if (therapist) {
      open = open_times(c, therapist->id, caller.user_id, from,
                        std::min(to, now + core::kBookingHorizonMs), now + core::kBookingLeadMs);
    }
  });
  co_await http::durable_audit(app.db,
                               appointment_audit(app, request, caller, "read", caller.user_id));
  nlohmann::json slots = nlohmann::json::array();
  for (const auto& slot : open.slots) {
    slots.push_back({{"starts_at", slot.starts_at}, {"ends_at", slot.ends_at}});
  }
  nlohmann::json body = {{"from", from}, {"to", to}, {"slots", slots}};
  body["therapist_name"] = therapist ? nlohmann::json(therapist->name) : nlohmann::json(nullptr);
  body["therapist_time_zone"] =
      open.availability_set ? nlohmann::json(open.availability.time_zone) : nlohmann::json(nullptr);
  body["slot_minutes"] = open.availability_set ? open.availability.slot_minutes : 0;
  co_return http::json_response(200, body);
}

asio::awaitable<Response> list_appointments(App& app, Request& request) {
  const auto& caller = require_member_caller(request);
  const auto now = app.clock.now_ms();
  std::vector<store::Appointment> appointments;
  std::map<std::string, std::string> names;
  app.db.read([&](store::Connection& c) {
    appointments =
        store::appointments_of_member(c, caller.user_id, 0, now + 2 * core::kBookingHorizonMs);
    for (const auto& a : appointments) {
      if (names.contains(a.therapist_id)) continue;
      const auto user = store::find_user_by_id(c, a.therapist_id);
      names[a.therapist_id] = user ? user->first_name + " " + user->last_name : "";
    }
  });
  std::vector<store::AuditEntry> audits{
      appointment_audit(app, request, caller, "read", caller.user_id)};
  co_await record_listing(app, appointments, std::move(audits));
  nlohmann::json upcoming = nlohmann::json::array();
  nlohmann::json past = nlohmann::json::array();
  for (const auto& a : appointments) {
    auto json = appointment_json(a, now, names[a.therapist_id], false);
    const bool ahead = json["status"] == "booked";
    (ahead ? upcoming : past).push_back(std::move(json));
  }
  std::reverse(past.begin(), past.end());  // newest first
  co_return http::json_response(200, {{"upcoming", upcoming}, {"past", past}});
}

asio::awaitable<Response> book(App& app, Request& request) {
  const auto& caller = require_member_caller(request);
  const auto body = request.json_body();
  const auto now = app.clock.now_ms();
  const auto side = booking_side(app, caller.user_id);
  const auto slot = asked_slot(body, side.settings);
  require_open_slot(app, side.therapist, caller.user_id, slot, now, "");
  const auto appointment =
      new_booking(caller.user_id, side.therapist.id, slot, caller.user_id, now);
  co_await write_booking(app, appointment,
                         appointment_audit(app, request, caller, "write", caller.user_id));
  co_return http::json_response(
      201, {{"appointment", appointment_json(appointment, now, side.therapist.name, false)}});
}

asio::awaitable<Response> reschedule(App& app, Request& request) {
  const auto& caller = require_member_caller(request);
  const auto body = request.json_body();
  const auto appointment = co_await changeable_appointment(app, request, caller);
  const auto now = app.clock.now_ms();
  const auto side = booking_side(app, caller.user_id);
  if (side.therapist.id != appointment.therapist_id) {
    throw http::HttpError(409, "Therapist changed",
                          http::Said{"Your therapist has changed since this visit was booked. "
                                     "Cancel it and book a new one.",
                                     "Tu terapeuta cambió desde que reservaste esta visita. "
                                     "Cancélala y reserva otra."});
  }
  const auto slot = asked_slot(body, side.settings);
  require_open_slot(app, side.therapist, caller.user_id, slot, now, appointment.id);
  co_await write_move(app, appointment.id, slot,
                      appointment_audit(app, request, caller, "write", caller.user_id));
  co_return http::json_response(
      200, {{"appointment",
             appointment_json(reread(app, appointment.id), now, side.therapist.name, false)}});
}

asio::awaitable<Response> cancel(App& app, Request& request) {
  const auto& caller = require_member_caller(request);
  const auto cancelled = co_await cancel_own_appointment(app, request, caller);
  co_return http::json_response(
      200, {{"appointment", appointment_json(cancelled, app.clock.now_ms(), "", false)}});
}

asio::awaitable<Response> appointment_ics(App& app, Request& request) {
  const auto& caller = require_member_caller(request);
  const auto appointment = co_await own_appointment(app, request, caller);
  co_await http::durable_audit(app.db,
                               appointment_audit(app, request, caller, "read", caller.user_id));
  const auto language = answer_language(request);
  co_return calendar_response({appointment}, language, "motus-visit.ics");
}

}  // namespace

void add_member_appointment_routes(http::Router& router, App& app) {
  router.add(
      http::Route{"GET",
                  "/api/v1/me/appointments/slots",
                  "Open times to book a video visit with your therapist, in [from, to) (epoch ms; "
                  "default the next 14 days, at most 62).",
                  "appointments",
                  [&app](Request& r) { return get_slots(app, r); },
                  "",
                  {"from", "to"}}
          .for_roles({"member"})
          .takes("from", s::whole())
          .takes("to", s::whole())
          .answers(200, s::object({{"from", s::whole()},
                                   {"to", s::whole()},
                                   {"slots", s::list(s::object({{"starts_at", s::whole()},
                                                                {"ends_at", s::whole()}}))}})));
  router.add(http::Route{"GET", "/api/v1/me/appointments",
                         "Your video visits: upcoming (with reminders) and past.", "appointments",
                         [&app](Request& r) { return list_appointments(app, r); }}
                 .for_roles({"member"})
                 .answers(200, s::object({{"upcoming", s::list(appointment_schema())},
                                          {"past", s::list(appointment_schema())}})));
  router.add(
      http::Route{"POST", "/api/v1/me/appointments",
                  "Book an open time with your therapist ({starts_at[, ends_at]} in epoch ms); 409 "
                  "when it was just taken.",
                  "appointments", [&app](Request& r) { return book(app, r); }}
          .for_roles({"member"})
          .accepts(s::object({{"starts_at", s::whole()}, {"ends_at?", s::whole()}}),
                   {{"starts_at", 1893456000000}})
          .answers(201, s::object({{"appointment", appointment_schema()}}), "Booked"));
  router.add(
      http::Route{"PATCH", "/api/v1/me/appointments/{id}",
                  "Move your visit to another open time ({starts_at}); until 24 hours before.",
                  "appointments", [&app](Request& r) { return reschedule(app, r); }}
          .for_roles({"member"})
          .accepts(s::object({{"starts_at", s::whole()}, {"ends_at?", s::whole()}}),
                   {{"starts_at", 1893459600000}})
          .answers(200, s::object({{"appointment", appointment_schema()}}), "Moved"));
  router.add(http::Route{"DELETE", "/api/v1/me/appointments/{id}",
                         "Cancel your visit; until 24 hours before.", "appointments",
                         [&app](Request& r) { return cancel(app, r); }}
                 .for_roles({"member"})
                 .answers(200, s::object({{"appointment", appointment_schema()}}), "Cancelled"));
  router.add(http::Route{"GET", "/api/v1/me/appointments/{id}/calendar.ics",
                         "Your visit as an iCalendar (.ics) file.", "appointments",
                         [&app](Request& r) { return appointment_ics(app, r); }}
                 .for_roles({"member"})
                 .answers(200, s::text(), "The visit as iCalendar", "text/calendar"));
}

}  // namespace motus::api
