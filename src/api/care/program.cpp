// PUT /api/v1/care/members/{id}/program: the assigned therapist overrides the member's
// exercises and doses, with a note the member will see. The override is checked against the
// knowledge base (core/care/program_override.hpp) and stored. It is in force from that moment:
// the member's next program read, today's session and session feedback all apply the newest
// override (journey_override.hpp), so it is stored with applied_at set and answered "applied".
#include <limits>

#include "api/care/routes.hpp"
#include "api/shared/access.hpp"
#include "api/shared/care_access.hpp"
#include "api/shared/journey_override.hpp"
#include "core/care/program_override.hpp"
#include "core/whole_number.hpp"
#include "http/db_await.hpp"
#include "http/problem.hpp"
#include "store/care_program_override_repository.hpp"
#include "store/credentials.hpp"

namespace motus::api {

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

// The dose's own bounds are checked by core/care/program_override.hpp; here only that the number
// fits, so 2^32 + 3 sets is refused instead of wrapping to 3.
int whole_field(const nlohmann::json& item, const std::string& name, int fallback) {
  const auto it = item.find(name);
  if (it == item.end()) return fallback;
  const auto number = core::whole_number_within(*it, 0, std::numeric_limits<int>::max());
  if (!number) {
    auto error = http::bad_request(name + " must be a whole number from 0 up.");
    error.extensions["errors"] = {{{"field", name}, {"message", "Use a whole number from 0 up."}}};
    throw error;
  }
  return static_cast<int>(*number);
}

core::care::ProgramOverride parse_override(const nlohmann::json& body) {
  core::care::ProgramOverride program_override;
  const auto note = body.find("note");
  if (note != body.end() && note->is_string()) program_override.note = note->get<std::string>();
  const auto exercises = body.find("exercises");
  if (exercises == body.end() || !exercises->is_array()) {
    throw http::bad_request(
        "exercises must be a list of {exercise_id, sets, reps, hold_seconds, sides, "
        "rest_seconds}.");
  }
  for (const auto& item : *exercises) {
    if (!item.is_object() || !item.contains("exercise_id") || !item["exercise_id"].is_string()) {
      throw http::bad_request("Each exercise needs an exercise_id.");
    }
    core::care::OverrideExercise exercise;
    exercise.exercise_id = item["exercise_id"].get<std::string>();
    exercise.dose.sets = whole_field(item, "sets", 1);
    exercise.dose.reps = whole_field(item, "reps", 0);
    exercise.dose.hold_seconds = whole_field(item, "hold_seconds", 0);
    exercise.dose.rest_seconds = whole_field(item, "rest_seconds", 0);
    const auto sides = item.find("sides");
    const bool each = sides != item.end() && *sides == "each";
    if (sides != item.end() && !each && *sides != "both")
      throw http::bad_request("sides must be both or each.");
    exercise.dose.sides = each ? core::Sides::each : core::Sides::both;
    program_override.exercises.push_back(std::move(exercise));
  }
  return program_override;
}

void refuse_problems(const std::vector<core::care::OverrideProblem>& problems) {
  if (problems.empty()) return;
  auto error = http::bad_request("The program change has " + std::to_string(problems.size()) +
                                 (problems.size() == 1 ? " problem." : " problems."));
  nlohmann::json errors = nlohmann::json::array();
  for (const auto& problem : problems)
    errors.push_back({{"field", problem.field}, {"message", problem.message}});
  error.extensions["errors"] = errors;
  throw error;
}

asio::awaitable<Response> override_program(App& app, Request& request) {
  const auto& caller = require_role(request, {core::Role::therapist});
  const auto body = request.json_body();
  const auto program_override = parse_override(body);
  refuse_problems(core::care::check_override(program_override, app.content));
  const auto member = co_await cared_for_member(app, request, caller);
  const auto entry = member_audit(app, request, caller, "write", "program_override", member.id);
  const store::StoredProgramOverride stored{store::new_id(entry.at),
                                            member.id,
                                            caller.user_id,
                                            plan_exercises_json(program_override).dump(),
                                            program_override.note,
                                            entry.at,
                                            entry.at};
  std::function<void(store::Connection&)> work = [stored, entry](store::Connection& c) {
    store::insert_program_override(c, stored);
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
  nlohmann::json answer = {{"program_override",
                            {{"id", stored.id},
                             {"exercises", plan_exercises_json(program_override)},
                             {"note", stored.note},
                             {"created_at", stored.created_at},
                             {"applied", true},
                             {"applied_at", stored.applied_at},
                             {"in_force",
                              "From now on: the member's program, today's session, their report "
                              "and the care record follow this plan."}}}};
  auto response = http::json_response(200, answer);
  co_return response;
}

}  // namespace

void add_care_program_route(http::Router& router, App& app) {
  namespace s = http::schema;
  const auto dose = s::whole_from(0);
  const auto exercises = s::list(s::object({{"exercise_id", s::filled()},
                                            {"sets?", dose},
                                            {"reps?", dose},
                                            {"hold_seconds?", dose},
                                            {"sides?", s::words({"both", "each"})},
                                            {"rest_seconds?", dose}}));
  const auto answered = s::list(s::object({{"exercise_id", s::text()},
                                           {"sets", dose},
                                           {"reps", dose},
                                           {"hold_seconds", dose},
                                           {"sides", s::words({"both", "each"})},
                                           {"rest_seconds", dose}}));
  router.add(
      http::Route{
          "PUT", "/api/v1/care/members/{id}/program",
          "Override the member's exercises and doses ({exercises: [{exercise_id, sets, reps, "
          "hold_seconds, sides, "
          "rest_seconds}], note}); the note is shown to the member. Assigned therapist only. "
          "The plan is in force at once (applied: true, applied_at): the member's next "
          "program read, today's session and the report follow it.",
          "care", [&app](Request& request) { return override_program(app, request); }}
          .for_roles({"therapist"})
          .accepts(s::object({{"exercises", exercises}, {"note?", s::nullable(s::text())}}),
                   {{"exercises", {{{"exercise_id", "bridge"}, {"sets", 2}, {"reps", 8}}}},
                    {"note", "A little less for now."}})
          .answers(200, s::object({{"program_override", s::object({{"id", s::text()},
                                                                   {"exercises", answered},
                                                                   {"note", s::text()},
                                                                   {"created_at", s::whole()},
                                                                   {"applied", s::yes_no()},
                                                                   {"applied_at", s::whole()},
                                                                   {"in_force", s::text()}})}})));
}

}  // namespace motus::api
