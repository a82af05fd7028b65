// GET /api/v1/visits/{id} (what the visit screen shows: when, with whom, whether the room is
// open, the visit so far), GET /api/v1/visits/{id}/ice (the ICE servers, with TURN credentials
// for this visit that expire when its room closes) and PUT /api/v1/visits/{id}/note (the
// therapist's visit note). Only the appointment's member and therapist; anyone else 404.
#include "api/shared/access.hpp"
#include "api/shared/care_access.hpp"
#include "api/visits/ice_servers.hpp"
#include "api/visits/routes.hpp"
#include "api/visits/visit_access.hpp"
#include "http/db_await.hpp"
#include "http/json_schema.hpp"
#include "http/problem.hpp"
#include "store/visit_repository.hpp"

namespace motus::api {

namespace s = http::schema;

namespace asio = boost::asio;
using http::Request;
using http::Response;
using nlohmann::json;

namespace {

constexpr std::size_t kLongestVisitNote = 8000;

json optional_time(const std::optional<std::int64_t>& at) { return at ? json(*at) : json(nullptr); }

nlohmann::json visit_schema() {
  namespace s = http::schema;
  return s::nullable(s::named("Visit", s::object({{"started_at", s::whole()},
                                                  {"ended_at", s::nullable(s::whole())},
                                                  {"duration_seconds", s::whole_from(0)},
                                                  {"note?", s::text()},
                                                  {"note_written_at?", s::nullable(s::whole())}})));
}

json visit_json(const std::optional<store::Visit>& visit, bool with_note) {
  if (!visit) return nullptr;
  json out = {{"started_at", visit->started_at},
              {"ended_at", optional_time(visit->ended_at)},
              {"duration_seconds", visit->duration_seconds}};
  if (with_note) {
    out["note"] = visit->note;
    out["note_written_at"] = optional_time(visit->note_written_at);
  }
  return out;
}

std::string full_name(const std::optional<store::User>& user) {
  return user ? user->first_name + " " + user->last_name : std::string();
}

asio::awaitable<Response> visit_page(App& app, VisitRooms& rooms, Request& request) {
  const auto& caller = require_role(request, {core::Role::member, core::Role::therapist});
  const auto visit = co_await visit_of_caller(app, request, caller);
  const bool therapist = visit.participant == core::visits::Participant::therapist;
  std::optional<store::User> other;
  std::optional<store::Visit> held;
  app.db.read([&](store::Connection& c) {
    other = store::find_user_by_id(c, therapist ? visit.slot.member_id : visit.slot.therapist_id);
    held = store::find_visit(c, visit.appointment.id);
  });
  const auto admission = admission_now(app, visit, caller);
  const bool open = admission.verdict == core::visits::Verdict::admitted;
  json other_person = {{"role", therapist ? "member" : "therapist"},
                       {"first_name", other ? other->first_name : ""},
                       {"name", full_name(other)}};
  json page = {
      {"appointment",
       {{"id", visit.appointment.id},
        {"starts_at", visit.slot.starts_at_ms},
        {"ends_at", visit.slot.ends_at_ms},
        {"status", visit.slot.status}}},
      {"you", core::visits::to_string(visit.participant)},
      {"other", other_person},
      {"room",
       {{"open", open},
        {"detail", admission.detail},
        {"opens_at", core::visits::room_opens_at(visit.slot)},
        {"closes_at", core::visits::room_closes_at(visit.slot, app.visits.grace_ms)},
        {"other_present", rooms.other(visit.appointment.id, visit.participant) != nullptr}}},
      {"visit", visit_json(held, therapist)}};
  if (therapist) page["member_id"] = visit.slot.member_id;
  auto entry = member_audit(app, request, caller, "read", "visit", visit.slot.member_id);
  co_await http::durable_audit(app.db, std::move(entry));
  co_return http::json_response(200, page);
}

asio::awaitable<Response> visit_ice(App& app, Request& request) {
  const auto& caller = require_role(request, {core::Role::member, core::Role::therapist});
  const auto visit = co_await visit_of_caller(app, request, caller);
  const auto admission = admission_now(app, visit, caller);
  if (admission.verdict != core::visits::Verdict::admitted) {
    throw http::HttpError(409, "The visit room is closed",
                          http::Said{admission.detail, admission.detail_es});
  }
  auto entry = member_audit(app, request, caller, "read", "visit_ice", visit.slot.member_id);
  co_await http::durable_audit(app.db, std::move(entry));
  const auto closes_at = core::visits::room_closes_at(visit.slot, app.visits.grace_ms);
  co_return http::json_response(200, ice_servers(app.visits, caller.user_id, closes_at));
}

asio::awaitable<Response> write_note(App& app, Request& request) {
  const auto& caller = require_role(request, {core::Role::therapist});
  const auto body = request.json_body();
  for (const auto& [key, value] : body.items()) {
    if (key != "note") throw http::bad_request("Unknown field '" + key.substr(0, 40) + "'.");
  }
  if (!body.contains("note") || !body["note"].is_string())
    throw http::bad_request("The field 'note' must be text.");
  auto note = body["note"].get<std::string>();
  if (note.size() > kLongestVisitNote) {
    throw http::bad_request("The field 'note' must be at most " +
                            std::to_string(kLongestVisitNote) + " characters.");
  }
  const auto visit = co_await visit_of_caller(app, request, caller);
  std::optional<store::Visit> held;
  app.db.read([&](store::Connection& c) { held = store::find_visit(c, visit.appointment.id); });
  if (!held) {
    throw http::HttpError(409, "The visit has not taken place",
                          "A visit note can be written once you and the member have met in the "
                          "visit room.");
  }
  const auto entry =
      member_audit(app, request, caller, "write", "visit_note", visit.slot.member_id);
  std::function<void(store::Connection&)> work = [id = visit.appointment.id, note,
                                                  entry](store::Connection& c) {
    store::write_visit_note(c, id, note, entry.at);
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
  held->note = note;
  held->note_written_at = entry.at;
  co_return http::json_response(200, json{{"visit", visit_json(held, true)}});
}

}  // namespace

void add_visit_page_routes(http::Router& router, App& app, VisitRooms& rooms) {
  router.add(
      http::Route{"GET", "/api/v1/visits/{id}",
                  "A video visit for its member or therapist: when, with whom, whether its room is "
                  "open, the visit so far (the note: therapist only).",
                  "visits",
                  [&app, &rooms](Request& request) { return visit_page(app, rooms, request); }}
          .for_roles({"member", "therapist"})
          .answers(200, s::object({{"appointment", s::object({{"id", s::text()},
                                                              {"starts_at", s::whole()},
                                                              {"ends_at", s::whole()},
                                                              {"status", s::text()}})},
                                   {"you", s::words({"member", "therapist"})},
                                   {"other", s::object({{"role", s::words({"member", "therapist"})},
                                                        {"first_name", s::text()},
                                                        {"name", s::text()}})},
                                   {"room", s::object({{"open", s::yes_no()},
                                                       {"detail", s::text()},
                                                       {"opens_at", s::whole()},
                                                       {"closes_at", s::whole()},
                                                       {"other_present", s::yes_no()}})},
                                   {"visit", visit_schema()}})));
  router.add(
      http::Route{"GET", "/api/v1/visits/{id}/ice",
                  "The visit's ICE servers (STUN, and TURN with credentials that expire when the "
                  "room closes); only while the room is open.",
                  "visits", [&app](Request& request) { return visit_ice(app, request); }}
          .for_roles({"member", "therapist"})
          .answers(200,
                   s::object({{"ice_servers", s::list(s::object({{"urls", s::list(s::text())},
                                                                 {"username?", s::text()},
                                                                 {"credential?", s::text()}}))},
                              {"expires_at", s::whole()}})));
  router.add(http::Route{"PUT", "/api/v1/visits/{id}/note",
                         "The therapist's visit note ({note}); once the visit has taken place.",
                         "visits", [&app](Request& request) { return write_note(app, request); }}
                 .for_roles({"therapist"})
                 .accepts(s::object({{"note", s::text(1, kLongestVisitNote)}}),
                          {{"note", "Reviewed the bridge; moving to single-leg next week."}})
                 .answers(200, s::object({{"visit", visit_schema()}}), "Written"));
}

}  // namespace motus::api
