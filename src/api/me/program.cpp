// GET /api/v1/me/program (the program the member follows now) and GET
// /api/v1/me/session/today (what to do today: the training week of core/program/training_days
// decides which exercises rest, the server's clock decides which day it is). A therapist's plan
// (journey_override.hpp) is in force in both, and the program says who changed it, when and
// why. Each read of health data appends its audit row, so each read also waits for one
// durable write.
#include "api/shared/journey.hpp"
#include "api/shared/journey_override.hpp"
#include "api/shared/language.hpp"
#include "core/program/dosage_rules.hpp"
#include "core/program/program_json.hpp"
#include "core/program/training_days.hpp"
#include "http/db_await.hpp"

namespace motus::api {

namespace asio = boost::asio;
namespace p = core::program;
using http::Request;
using http::Response;

namespace {

// What therapist_change_json (journey_override.hpp) writes, or null.
nlohmann::json therapist_change_schema() {
  namespace s = http::schema;
  return s::nullable(s::named("TherapistChange", s::object({{"message", s::text()},
                                                            {"note", s::text()},
                                                            {"by", s::text()},
                                                            {"at", s::whole()},
                                                            {"on", s::text()}})));
}

// The program in force for the caller; the stored state is parsed through the shared cache
// (journey_program_cache.hpp), so repeated reads do not parse it again.
ProgramInForce member_program(App& app, const core::Caller& caller) {
  std::optional<ProgramInForce> in_force;
  app.db.read([&](store::Connection& c) {
    in_force = program_in_force(c, caller.user_id, app.content, app.clock.now_ms());
  });
  if (!in_force) throw no_program_yet();
  return std::move(*in_force);
}

asio::awaitable<Response> get_program(App& app, Request& request) {
  const auto& caller = require_member(request);
  const auto followed = member_program(app, caller);
  const auto& state = followed.state;
  // Every word in the caller's language: names, cautions, why, tips and doses (program_in).
  const auto language = answer_language(request);
  nlohmann::ordered_json body;
  body["program"] = p::to_json(program_in(app, state, language));
  body["paused"] = state.paused;
  body["sessions"] = state.sessions;
  body["started_on"] = utc_date(followed.record.started_at);
  body["program_day"] = program_day(followed.record.started_at, app.clock.now_ms());
  body["therapist_change"] = therapist_change_json(followed.plan, language);
  // A named entry: GCC 12 mishandles temporaries inside co_await expressions.
  auto audit = member_audit(request, caller, "read", "program", app.clock.now_ms());
  co_await http::durable_audit(app.db, std::move(audit));
  auto response = ordered_json_response(200, body);
  say_language(response, language);
  co_return response;
}

// Today's exercises with their dose (and its words), name and where the client finds the
// animation, and the lighter dose the player offers when a member says "This hurts"
// (core/program/dosage_rules.hpp lighter_dose, the same step down the program makes).
nlohmann::ordered_json exercise_list(const std::vector<p::Prescription>& list,
                                     const core::KnowledgeBase& content) {
  p::Program day;
  day.exercises = list;
  day.language = content.language();
  nlohmann::ordered_json items = p::to_json(day)["exercises"];
  for (std::size_t i = 0; i < items.size(); ++i) {
    auto& item = items[i];
    item["lighter"] = p::to_json(p::lighter_dose(list[i].dose), day.language);
    const std::string id = item["exercise_id"];
    const core::Exercise* exercise = content.exercise(id);
    item["name"] = exercise ? exercise->name : id;
    item["keyframes"] = "/api/v1/exercises/" + id;
  }
  return items;
}

asio::awaitable<Response> get_session_today(App& app, Request& request) {
  const auto& caller = require_member(request);
  const auto followed = member_program(app, caller);
  const auto& record = followed.record;
  const auto& state = followed.state;
  const auto now = app.clock.now_ms();
  const auto language = answer_language(request);
  const auto& content = content_in(app, language);
  const auto program = program_in(app, state, language);
  const auto day = p::session_for_day(program, program_day(record.started_at, now), content);
  nlohmann::ordered_json body;
  body["date"] = utc_date(now);
  body["program_day"] = day.program_day;
  body["strength_day"] = day.strength_day;
  body["paused"] = state.paused;
  body["exercises"] =
      state.paused ? nlohmann::ordered_json::array() : exercise_list(day.exercises, content);
  body["resting"] = exercise_list(state.paused ? program.exercises : day.resting, content);
  body["note"] = p::day_note(state.paused, day, language);
  body["therapist_change"] = therapist_change_json(followed.plan, language);
  // A named entry: GCC 12 mishandles temporaries inside co_await expressions.
  auto audit = member_audit(request, caller, "read", "session_plan", app.clock.now_ms());
  co_await http::durable_audit(app.db, std::move(audit));
  auto response = ordered_json_response(200, body);
  say_language(response, language);
  co_return response;
}

}  // namespace

void add_me_program_routes(http::Router& router, App& app) {
  namespace s = http::schema;
  const auto today_exercise = today_exercise_schema();
  router.add(
      http::Route{"GET", "/api/v1/me/program",
                  "The exercise program you follow now, with your therapist's change and note when "
                  "they have changed it (therapist_change).",
                  "journey", [&app](Request& request) { return get_program(app, request); }}
          .for_roles({"member"})
          .answers(200, s::object({{"program", program_schema()},
                                   {"paused", s::yes_no()},
                                   {"sessions", s::whole_from(0)},
                                   {"started_on", s::text()},
                                   {"program_day", s::whole_from(0)},
                                   {"therapist_change", therapist_change_schema()}})));
  router.add(http::Route{"GET", "/api/v1/me/session/today",
                         "Today's exercises with their dose and why; strength work rests between "
                         "strength days. therapist_change carries the therapist's newest change "
                         "and note, as on the program.",
                         "journey",
                         [&app](Request& request) { return get_session_today(app, request); }}
                 .for_roles({"member"})
                 .answers(200, s::object({{"date", s::text()},
                                          {"program_day", s::whole_from(0)},
                                          {"strength_day", s::yes_no()},
                                          {"paused", s::yes_no()},
                                          {"exercises", s::list(today_exercise)},
                                          {"resting", s::list(today_exercise)},
                                          {"note", s::text()},
                                          {"therapist_change", therapist_change_schema()}})));
}

}  // namespace motus::api
