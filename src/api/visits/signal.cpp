// GET /api/v1/visits/{id}/signal: the visit room, a WebSocket the appointment's member and
// therapist use to set up their WebRTC call (offers, answers, ICE candidates), to chat, and to
// end the visit. The upgrade is refused like any request: 401 without a session, 403 for another
// role or a page from another site (the Origin check of every cookie write), 404 for anyone but
// the two people of the appointment, 409 when the room is closed (10 minutes before the start to
// the end plus the grace period; never for a cancelled visit), 426 without an upgrade. Each
// message is checked (core/visits/signal_message.hpp) and relayed to the other person only; the
// server keeps none of them. It keeps the visit itself: when both were first in the room, when
// the last one left, which the care record, the FHIR export and the queue show.
#include "api/shared/access.hpp"
#include "api/shared/care_access.hpp"
#include "api/visits/routes.hpp"
#include "api/visits/visit_access.hpp"
#include "core/visits/signal_message.hpp"
#include "http/db_await.hpp"
#include "http/json_schema.hpp"
#include "http/problem.hpp"
#include "http/session_middleware.hpp"
#include "store/credentials.hpp"
#include "store/visit_repository.hpp"

namespace motus::api {

namespace s = http::schema;

namespace asio = boost::asio;
using http::Request;
using http::Response;
using nlohmann::json;

namespace {

// Close codes of our own (4000–4999 are the application's).
constexpr std::uint16_t kReplaced = 4001;    // the same person joined again elsewhere
constexpr std::uint16_t kRoomClosed = 4003;  // the visit's time is over
constexpr std::uint16_t kEnded = 1000;

struct Seat {
  std::string appointment_id;
  core::visits::VisitSlot slot;
  core::visits::Participant who;
  core::Caller caller;
  std::string request_id;
};

std::string text(const json& message) {
  return message.dump(-1, ' ', false, json::error_handler_t::replace);
}

// Both people are in the room: the first time, the visit starts (and the appointment is
// completed, so it is never marked missed).
asio::awaitable<void> record_start(App& app, const Seat& seat) {
  const auto now = app.clock.now_ms();
  store::Visit visit;
  visit.id = store::new_id(now);
  visit.appointment_id = seat.appointment_id;
  visit.member_id = seat.slot.member_id;
  visit.therapist_id = seat.slot.therapist_id;
  visit.started_at = now;
  auto entry =
      member_audit(app, seat.request_id, seat.caller, "write", "visit_start", seat.slot.member_id);
  std::function<void(store::Connection&)> work = [visit, entry, now](store::Connection& c) {
    if (!store::start_visit(c, visit)) return;
    store::finish_appointment(c, visit.appointment_id, "completed", now);
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
}

// Someone left after the visit began: its end (and duration) moves to now.
asio::awaitable<void> record_end(App& app, const Seat& seat) {
  bool started = false;
  app.db.read([&](store::Connection& c) {
    started = store::find_visit(c, seat.appointment_id).has_value();
  });
  if (!started) co_return;
  const auto now = app.clock.now_ms();
  auto entry =
      member_audit(app, seat.request_id, seat.caller, "write", "visit_end", seat.slot.member_id);
  std::function<void(store::Connection&)> work = [id = seat.appointment_id, entry,
                                                  now](store::Connection& c) {
    store::end_visit(c, id, now);
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
}

asio::awaitable<void> hold_visit(App& app, VisitRooms& rooms, Seat seat,
                                 std::shared_ptr<http::WebSocket> socket) {
  const auto role = std::string(core::visits::to_string(seat.who));
  const auto closes_at = core::visits::room_closes_at(seat.slot, app.visits.grace_ms);
  auto joined = rooms.join(seat.appointment_id, seat.who, socket);
  if (joined.replaced) joined.replaced->close(kReplaced, "you joined from another window");
  socket->send(text({{"type", "welcome"},
                     {"you", role},
                     {"other_present", joined.other != nullptr},
                     {"polite", seat.who == core::visits::Participant::member},
                     {"closes_at", closes_at}}));
  if (joined.other) {
    joined.other->send(text({{"type", "peer-joined"}, {"role", role}}));
    co_await record_start(app, seat);
  }
  bool ended = false;
  while (auto message = co_await socket->receive()) {
    if (app.clock.now_ms() >= closes_at) {
      socket->close(kRoomClosed, "the time for this visit is over");
      continue;  // receive() then sees the close
    }
    auto checked = core::visits::check_signal(*message);
    if (!checked.message) {
      socket->send(text({{"type", "error"}, {"detail", checked.problem}}));
      continue;
    }
    auto relayed = std::move(*checked.message);
    relayed["from"] = role;
    const auto type = relayed["type"].get<std::string>();
    if (type == "chat") relayed["at"] = app.clock.now_ms();
    auto other = rooms.other(seat.appointment_id, seat.who);
    if (other) {
      other->send(text(relayed));
    } else if (type == "chat") {
      socket->send(text({{"type", "error"},
                         {"detail",
                          "The other person is not in the room, so your message was "
                          "not delivered."}}));
    }
    if (type == "bye") {
      ended = true;
      socket->close(kEnded, "visit ended");
    }
  }
  if (rooms.leave(seat.appointment_id, seat.who, socket)) {
    if (auto other = rooms.other(seat.appointment_id, seat.who)) {
      other->send(text({{"type", "peer-left"}, {"role", role}, {"ended", ended}}));
    }
  }
  co_await record_end(app, seat);
}

asio::awaitable<Response> open_room(App& app, VisitRooms& rooms, Request& request) {
  const auto& caller = require_role(request, {core::Role::member, core::Role::therapist});
  if (!http::from_own_origin(request)) {
    throw http::HttpError(403, "Cross-site request refused",
                          http::Said{"The visit room opens only from this site's own pages (the "
                                     "Origin header did not match).",
                                     "La sala de la visita solo se abre desde las páginas de este "
                                     "sitio (el encabezado Origin no coincidía)."});
  }
  const auto visit = co_await visit_of_caller(app, request, caller);
  if (!http::is_websocket_upgrade(request)) {
    throw http::HttpError(426, "Upgrade required",
                          http::Said{"This address is the visit room: connect to it with a "
                                     "WebSocket.",
                                     "Esta dirección es la sala de la visita: conéctate a ella con "
                                     "un WebSocket."});
  }
  const auto admission = admission_now(app, visit, caller);
  if (admission.verdict != core::visits::Verdict::admitted) {
    throw http::HttpError(409, "The visit room is closed",
                          http::Said{admission.detail, admission.detail_es});
  }
  auto entry = member_audit(app, request, caller, "join", "visit", visit.slot.member_id);
  co_await http::durable_audit(app.db, std::move(entry));
  Seat seat{visit.appointment.id, visit.slot, admission.participant, caller, request.request_id};
  request.websocket.message_limit = core::visits::kLongestSignal;
  request.upgrade = [&app, &rooms, seat](std::shared_ptr<http::WebSocket> socket) {
    return hold_visit(app, rooms, seat, std::move(socket));
  };
  co_return http::websocket_accepted();
}

}  // namespace

void add_visit_signal_route(http::Router& router, App& app, VisitRooms& rooms) {
  router.add(http::Route{
      "GET", "/api/v1/visits/{id}/signal",
      "The visit room (WebSocket upgrade): WebRTC signalling and chat between the "
      "appointment's member and therapist, from 10 minutes before its start to its end "
      "plus the grace period.",
      "visits", [&app, &rooms](Request& request) { return open_room(app, rooms, request); }}
                 .for_roles({"member", "therapist"})
                 .answers(101, nullptr, "Switching to the WebSocket of the visit room"));
}

}  // namespace motus::api
