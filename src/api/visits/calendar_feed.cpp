// Each person's private calendar feed, for phone calendars to subscribe to: a secret token in the
// address instead of a session. Only its hash is stored; making a new one revokes the old. A
// member's feed also carries their practice reminder as a weekly event with an alarm.
//   GET/POST/DELETE /api/v1/me/calendar-feed     GET /api/v1/calendar/{token}.ics (no session)
#include "api/shared/access.hpp"
#include "api/shared/account_fields.hpp"
#include "api/visits/appointment_json.hpp"
#include "api/visits/appointment_routes.hpp"
#include "api/visits/calendar_text.hpp"
#include "api/visits/time_zones.hpp"
#include "core/calendar/practice_reminder.hpp"
#include "http/db_await.hpp"
#include "http/json_schema.hpp"
#include "store/calendar_feed_repository.hpp"
#include "store/credentials.hpp"
#include "store/member_language_repository.hpp"
#include "store/practice_reminder_repository.hpp"
#include "store/user_repository.hpp"

namespace motus::api {

namespace s = http::schema;

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

// Visits from this long ago stay in the feed, so a calendar keeps recent history.
constexpr std::int64_t kFeedHistoryMs = 90 * 24 * core::kHourMs;

// The member's practice reminder as a weekly event, first on the day it was set (local).
std::vector<core::WeeklyEvent> practice_events(const std::optional<store::StoredReminder>& stored,
                                               const std::string& member_id,
                                               core::Language language) {
  if (!stored) return {};
  const auto& reminder = stored->reminder;
  const auto zone = time_zone_named(reminder.time_zone).value_or(core::TimeZone{});
  const auto sequence = static_cast<int>((stored->updated_at - stored->created_at) / 1000);
  const auto event =
      core::practice_event(reminder, member_id, core::local_day(zone, stored->updated_at),
                           stored->updated_at, sequence, language);
  if (!event) return {};
  return {*event};
}

const core::Caller& require_person(const Request& request) {
  return require_role(request, {core::Role::member, core::Role::therapist});
}

store::AuditEntry feed_audit(App& app, const Request& request, const core::Caller& caller,
                             const std::string& action) {
  auto entry = appointment_audit(app, request, caller, action,
                                 caller.role == core::Role::member ? caller.user_id : "");
  entry.entity = "calendar_feed";
  return entry;
}

asio::awaitable<Response> get_feed(App& app, Request& request) {
  const auto& caller = require_person(request);
  std::optional<std::int64_t> since;
  app.db.read(
      [&](store::Connection& c) { since = store::live_calendar_feed_since(c, caller.user_id); });
  co_await http::durable_audit(app.db, feed_audit(app, request, caller, "read"));
  nlohmann::json body = {{"active", since.has_value()}};
  if (since) body["created_at"] = *since;
  co_return http::json_response(200, body);
}

asio::awaitable<Response> new_feed(App& app, Request& request) {
  const auto& caller = require_person(request);
  const auto token = store::new_session_token();
  const auto audit = feed_audit(app, request, caller, "write");
  const auto hash = store::token_hash(token);
  std::function<void(store::Connection&)> work = [hash, audit](store::Connection& c) {
    store::replace_calendar_feed(c, hash, audit.actor_id, audit.at);
    store::append_audit(c, audit);
  };
  co_await http::durable_write(app.db, std::move(work));
  co_return http::json_response(
      201,
      {{"active", true}, {"created_at", audit.at}, {"path", "/api/v1/calendar/" + token + ".ics"}});
}

asio::awaitable<Response> revoke_feed(App& app, Request& request) {
  const auto& caller = require_person(request);
  const auto audit = feed_audit(app, request, caller, "write");
  std::function<void(store::Connection&)> work = [audit](store::Connection& c) {
    store::revoke_calendar_feed(c, audit.actor_id, audit.at);
    store::append_audit(c, audit);
  };
  co_await http::durable_write(app.db, std::move(work));
  co_return no_content_response();
}

asio::awaitable<Response> feed(App& app, Request& request) {
  const auto& token = request.param("token");
  const auto now = app.clock.now_ms();
  std::optional<store::User> owner;
  std::optional<core::Language> stored_language;
  std::vector<store::Appointment> appointments;
  std::optional<store::StoredReminder> reminder;
  if (token.size() <= 64) {
    app.db.read([&](store::Connection& c) {
      const auto owner_id = store::calendar_feed_owner(c, store::token_hash(token));
      if (owner_id) owner = store::find_user_by_id(c, *owner_id);
      if (owner) {
        stored_language = store::find_language(c, owner->id);
        appointments = store::appointments_of_person(c, owner->id, now - kFeedHistoryMs,
                                                     now + 2 * core::kBookingHorizonMs);
        if (owner->role == core::Role::member) {
          reminder = store::find_practice_reminder(c, owner->id);
        }
      }
    });
  }
  if (!owner) {
    throw http::not_found(
        http::Said{"No calendar feed has this address; it may have been revoked.",
                   "No hay ningún calendario en esta dirección; puede que se haya retirado."});
  }
  const core::Caller caller{owner->id, owner->role, owner->organization_id};
  co_await http::durable_audit(app.db, feed_audit(app, request, caller, "read"));
  // The owner's stored language, else the calendar app's Accept-Language.
  const auto language = core::choose_language(stored_language, request.header("Accept-Language"));
  co_return calendar_response(appointments, language, "",
                              practice_events(reminder, owner->id, language));
}

}  // namespace

void add_calendar_feed_routes(http::Router& router, App& app) {
  router.add(http::Route{"GET", "/api/v1/me/calendar-feed",
                         "Whether you have a private calendar feed.", "appointments",
                         [&app](Request& r) { return get_feed(app, r); }}
                 .for_roles({"member", "therapist"})
                 .answers(200, s::object({{"active", s::yes_no()}, {"created_at?", s::whole()}})));
  router.add(
      http::Route{
          "POST", "/api/v1/me/calendar-feed",
          "Make a new private calendar feed address (shown once; the old one stops working).",
          "appointments", [&app](Request& r) { return new_feed(app, r); }}
          .for_roles({"member", "therapist"})
          .answers(
              201,
              s::object({{"active", s::yes_no()}, {"created_at", s::whole()}, {"path", s::text()}}),
              "A new feed address, shown once"));
  router.add(http::Route{"DELETE", "/api/v1/me/calendar-feed", "Stop your private calendar feed.",
                         "appointments", [&app](Request& r) { return revoke_feed(app, r); }}
                 .for_roles({"member", "therapist"})
                 .answers(204, nullptr, "The feed has stopped"));
  router.add(http::Route{
      "GET", "/api/v1/calendar/{token}.ics",
      "A person's visits as an iCalendar feed, for phone calendars, with a member's practice "
      "reminder as a weekly event with an alarm; the secret address is the key (no session).",
      "appointments", [&app](Request& r) { return feed(app, r); }}
                 .for_roles({"public"})
                 .answers(200, s::text(), "The visits (and practice reminder) as an iCalendar feed",
                          "text/calendar"));
}

}  // namespace motus::api
