// GET/PUT /api/v1/me/preferences: what the member can do for their program (minutes a day,
// equipment, getting on the floor, kneeling), changed without answering the intake again. The
// new preferences are checked as the intake's own `prefs` (core/assessment), the program is
// built again by the engine (core/program/preferences_change.hpp) and the answer says what
// changed, one sentence each. The intake is kept as a new row with the new preferences, so the
// care record and the next rebuild read them; the program keeps its start day and sessions.
#include <array>

#include "api/shared/journey.hpp"
#include "api/shared/journey_override.hpp"
#include "api/shared/journey_schemas.hpp"
#include "api/shared/language.hpp"
#include "core/assessment/assessment_json.hpp"
#include "core/assessment/enum_names.hpp"
#include "core/assessment/input_error.hpp"
#include "core/program/preferences_change.hpp"
#include "core/program/pregnancy_dating.hpp"
#include "core/program/program_json.hpp"
#include "core/program/therapist_override.hpp"
#include "http/db_await.hpp"
#include "http/json_schema.hpp"
#include "http/problem.hpp"
#include "store/credentials.hpp"

namespace motus::api {

namespace s = http::schema;

namespace asio = boost::asio;
namespace a = core::assessment;
namespace p = core::program;
using http::Request;
using http::Response;

namespace {

constexpr std::array kPreferenceFields{"minutes_per_day", "floor_ok", "kneeling_ok", "equipment"};

struct Current {
  store::IntakeRecord intake;
  store::ProgramRecord program;
};

Current current_of(App& app, const core::Caller& caller) {
  std::optional<store::IntakeRecord> intake;
  std::optional<store::ProgramRecord> program;
  app.db.read([&](store::Connection& c) {
    intake = store::latest_intake(c, caller.user_id);
    program = store::find_program(c, caller.user_id);
  });
  if (!intake || !program) throw no_program_yet();
  return {std::move(*intake), std::move(*program)};
}

nlohmann::json prefs_of(const store::IntakeRecord& intake) {
  const auto answers = nlohmann::json::parse(intake.intake);
  return answers.contains("prefs") ? answers["prefs"] : nlohmann::json::object();
}

// {prefs: null} without a program (before the intake, or after a warning sign): there is then
// nothing to change, which is an ordinary answer for the Account screen, not an error.
asio::awaitable<Response> get_preferences(App& app, Request& request) {
  const auto& caller = require_member(request);
  std::optional<store::IntakeRecord> intake;
  bool has_program = false;
  app.db.read([&](store::Connection& c) {
    intake = store::latest_intake(c, caller.user_id);
    has_program = store::find_program(c, caller.user_id).has_value();
  });
  auto audit = member_audit(request, caller, "read", "preferences", app.clock.now_ms());
  co_await http::durable_audit(app.db, std::move(audit));
  const auto prefs = intake && has_program ? prefs_of(*intake) : nlohmann::json(nullptr);
  auto response = http::json_response(200, nlohmann::json{{"prefs", prefs}});
  co_return response;
}

asio::awaitable<Response> put_preferences(App& app, Request& request) {
  const auto& caller = require_member(request);
  const auto body = request.json_body();
  if (!body.is_object()) {
    throw http::bad_request(
        http::Said{"Send the preferences as an object.", "Envía tus preferencias como un objeto."});
  }
  nlohmann::json prefs = nlohmann::json::object();
  for (const auto* field : kPreferenceFields) {
    if (body.contains(field)) prefs[field] = body[field];
  }
  const auto current = current_of(app, caller);
  if (current.program.paused) {
    throw http::HttpError(409, "Exercises are paused",
                          http::Said{"Your exercises are paused because of a warning sign, so "
                                     "there is no program to change until a clinician has seen "
                                     "you.",
                                     "Tus ejercicios están en pausa por una señal de alarma, así "
                                     "que no hay programa que cambiar hasta que te vea un "
                                     "profesional de la salud."});
  }
  auto answers = nlohmann::json::parse(current.intake.intake);
  answers["prefs"] = prefs;
  // A preference out of range is an InputError naming it; the pipeline answers it as a 400.
  const auto intake = a::intake_from_json(answers);
  const auto assessment = a::assess(intake);
  const auto now = app.clock.now_ms();
  // The rebuild reads the content in the caller's language, so what changed is said in it.
  const auto language = answer_language(request);
  const auto rebuild =
      p::rebuild_for_preferences(program_state(current.program), intake, assessment, app.content,
                                 p::day_of_ms(now), content_in(app, language));
  if (!rebuild) {
    throw http::HttpError(409, "No program to change",
                          http::Said{"Your answers do not lead to an exercise program, so there "
                                     "is nothing to change.",
                                     "Tus respuestas no llevan a un programa de ejercicios, así "
                                     "que no hay nada que cambiar."});
  }
  const auto& state = rebuild->state;
  const store::IntakeRecord record{store::new_id(now),
                                   caller.user_id,
                                   now,
                                   std::string(a::name_of(assessment.tier)),
                                   answers.dump(),
                                   a::to_json(assessment).dump()};
  const store::ProgramRecord program{
      caller.user_id, record.id, current.program.started_at, now, false, p::to_json(state).dump()};
  const store::ProgramLevel level{now, std::string(p::phase_name(state.phase)), state.steps_up,
                                  state.sessions, false};
  const auto audit = member_audit(request, caller, "write", "preferences", now);
  std::optional<TherapistPlan> plan;
  std::function<void(store::Connection&)> work = [&, record, program, level,
                                                  audit](store::Connection& c) {
    store::insert_intake(c, record);
    store::save_program(c, program);
    store::append_program_level(c, record.member_id, level);
    store::append_audit(c, audit);
    plan = therapist_plan(c, record.member_id);
  };
  co_await http::durable_write(app.db, std::move(work));
  nlohmann::ordered_json answer;
  answer["changes"] = rebuild->changes;
  if (plan) {
    answer["therapist_plan"] = p::plan_kept_message(plan->therapist_name, language);
  }
  answer["program"] =
      p::to_json(program_in(app, followed_state(state, plan, app.content), language));
  answer["prefs"] = prefs;
  auto response = ordered_json_response(200, answer);
  say_language(response, language);
  co_return response;
}

}  // namespace

void add_me_preferences_routes(http::Router& router, App& app) {
  router.add(
      http::Route{"GET", "/api/v1/me/preferences",
                  "What you said you can do for your program ({prefs: {minutes_per_day, floor_ok, "
                  "kneeling_ok, equipment}}; prefs is null without a program).",
                  "journey", [&app](Request& request) { return get_preferences(app, request); }}
          .for_roles({"member"})
          .answers(200, s::object({{"prefs",
                                    s::named("Preferences",
                                             s::object({{"minutes_per_day?", s::whole(5, 60)},
                                                        {"floor_ok?", s::yes_no()},
                                                        {"kneeling_ok?", s::yes_no()},
                                                        {"equipment?", s::list(s::text())}}))}})));
  router.add(http::Route{
      "PUT", "/api/v1/me/preferences",
      "Change minutes a day, equipment, floor and kneeling without a new intake "
      "({minutes_per_day, floor_ok, kneeling_ok, equipment}); the program is built again "
      "and the answer says what changed (changes) with the program.",
      "journey", [&app](Request& request) { return put_preferences(app, request); }}
                 .for_roles({"member"})
                 .accepts(s::named("Preferences", s::object({{"minutes_per_day?", s::whole(5, 60)},
                                                             {"floor_ok?", s::yes_no()},
                                                             {"kneeling_ok?", s::yes_no()},
                                                             {"equipment?", s::list(s::text())}})),
                          {{"minutes_per_day", 20},
                           {"floor_ok", true},
                           {"kneeling_ok", false},
                           {"equipment", {"mat", "chair"}}})
                 .answers(200,
                          s::object({{"changes", s::list(s::text())},
                                     {"therapist_plan?", s::text()},
                                     {"program", program_schema()},
                                     {"prefs",
                                      s::named("Preferences",
                                               s::object({{"minutes_per_day?", s::whole(5, 60)},
                                                          {"floor_ok?", s::yes_no()},
                                                          {"kneeling_ok?", s::yes_no()},
                                                          {"equipment?", s::list(s::text())}}))}}),
                          "The program is rebuilt; changes says what changed"));
}

}  // namespace motus::api
