// GET/PUT /api/v1/me/reminders: the days and the time a member chose to practise, kept per
// member. The private calendar feed carries them as a weekly "Motus practice" event with an alarm
// (api/visits/calendar_feed.cpp), so a phone calendar reminds without any push service; the
// answer says which chosen day went by without a session (core/calendar/practice_reminder), for
// the nudge on Today.
#include "api/shared/journey.hpp"
#include "api/visits/appointment_json.hpp"
#include "api/visits/time_zones.hpp"
#include "core/calendar/practice_reminder.hpp"
#include "core/calendar/slots.hpp"
#include "http/db_await.hpp"
#include "http/json_schema.hpp"
#include "store/journey_program_repository.hpp"
#include "store/journey_session_repository.hpp"
#include "store/practice_reminder_repository.hpp"

namespace motus::api {

namespace s = http::schema;

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

constexpr std::int64_t kDayMs = 24 * core::kHourMs;

// What the reminder screen and Today need: the choice, and the chosen day missed, if any.
// Only a member with a program to follow (not paused) is nudged.
nlohmann::json reminders_json(App& app, const std::string& member_id,
                              const std::optional<store::StoredReminder>& stored,
                              std::int64_t now) {
  const auto reminder = stored ? stored->reminder : core::PracticeReminder{};
  nlohmann::json body = {{"set", stored.has_value()},
                         {"days", reminder.weekdays},
                         {"time", clock_text(reminder.minute)},
                         {"time_zone", reminder.time_zone}};
  if (!stored || reminder.weekdays.empty()) return body;
  const auto zone = time_zone_named(reminder.time_zone).value_or(core::TimeZone{});
  const auto today = core::local_day(zone, now);
  const auto set_on = core::local_day(zone, stored->updated_at);
  std::vector<std::int64_t> session_days;
  bool following = false;
  app.db.read([&](store::Connection& c) {
    const auto program = store::find_program(c, member_id);
    following = program && !program->paused;
    // A day either side covers any zone's offset; the days are then taken in the member's zone.
    for (const auto at : store::session_times_since(c, member_id, now - 9 * kDayMs)) {
      session_days.push_back(core::local_day(zone, at));
    }
  });
  if (!following) return body;
  if (const auto missed = core::missed_practice_day(reminder, today, set_on, session_days)) {
    body["missed"] = {{"date", core::civil_date_text(*missed)},
                      {"weekday", core::weekday_of_day(*missed)}};
  }
  return body;
}

asio::awaitable<Response> get_reminders(App& app, Request& request) {
  const auto& caller = require_member(request);
  const auto now = app.clock.now_ms();
  std::optional<store::StoredReminder> stored;
  app.db.read(
      [&](store::Connection& c) { stored = store::find_practice_reminder(c, caller.user_id); });
  co_await http::durable_audit(app.db, member_audit(request, caller, "read", "reminders", now));
  co_return http::json_response(200, reminders_json(app, caller.user_id, stored, now));
}

asio::awaitable<Response> put_reminders(App& app, Request& request) {
  const auto& caller = require_member(request);
  core::PracticeReminder reminder;
  if (const auto problem = core::read_practice_reminder(request.json_body(), reminder)) {
    throw field_error(problem->field, http::Said{problem->message, problem->message_es});
  }
  if (!time_zone_named(reminder.time_zone)) {
    throw field_error("time_zone",
                      http::Said{"Choose a time zone such as Europe/Madrid or America/Chicago.",
                                 "Elige una zona horaria, por ejemplo America/Mexico_City o "
                                 "America/Chicago."});
  }
  const auto now = app.clock.now_ms();
  const auto audit = member_audit(request, caller, "write", "reminders", now);
  std::optional<store::StoredReminder> stored;
  std::function<void(store::Connection&)> work = [&, reminder, audit](store::Connection& c) {
    store::save_practice_reminder(c, audit.member_id, reminder, audit.at);
    store::append_audit(c, audit);
    stored = store::find_practice_reminder(c, audit.member_id);
  };
  co_await http::durable_write(app.db, std::move(work));
  co_return http::json_response(200, reminders_json(app, caller.user_id, stored, now));
}

nlohmann::json reminders_schema() {
  return s::named(
      "PracticeReminders",
      s::object({{"set", s::yes_no()},
                 {"days", s::list(s::whole(1, 7))},
                 {"time", s::text()},
                 {"time_zone", s::filled()},
                 {"missed?", s::object({{"date", s::text()}, {"weekday", s::whole(1, 7)}})}}));
}

}  // namespace

void add_me_reminder_routes(http::Router& router, App& app) {
  router.add(
      http::Route{"GET", "/api/v1/me/reminders",
                  "The days (1 = Monday … 7 = Sunday) and the time you chose to practise, in your "
                  "time zone; missed: the latest chosen day that went by without a session.",
                  "journey", [&app](Request& request) { return get_reminders(app, request); }}
          .for_roles({"member"})
          .answers(200, reminders_schema()));
  router.add(
      http::Route{"PUT", "/api/v1/me/reminders",
                  "Choose the days and the time to practise ({days: [1-7], time: HH:MM, "
                  "time_zone}); no days turns reminders off. Your private calendar feed carries "
                  "them as a weekly \"Motus practice\" event with an alarm.",
                  "journey", [&app](Request& request) { return put_reminders(app, request); }}
          .for_roles({"member"})
          .accepts(s::object({{"days", s::list(s::whole(1, 7))},
                              {"time", s::text(5, 5)},
                              {"time_zone", s::filled()}}),
                   {{"days", {1, 3, 5}}, {"time", "07:30"}, {"time_zone", "Europe/Madrid"}})
          .answers(200, reminders_schema(), "The reminders as kept"));
}

}  // namespace motus::api
