#include "journey_templates.hpp"

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "core/assessment/assessment.hpp"
#include "core/assessment/assessment_json.hpp"
#include "core/assessment/enum_names.hpp"
#include "core/program/person_limits.hpp"
#include "core/program/program.hpp"
#include "core/program/program_json.hpp"
#include "core/program/program_state.hpp"

namespace motus::bench {

namespace a = core::assessment;
namespace p = core::program;
using nlohmann::json;

namespace {

// Back pain of several kinds, ages and durations, plus two that the screen sends to the care
// team (no program).
const std::vector<json>& intakes() {
  static const std::vector<json> all = {
      {{"age", 35},
       {"duration_weeks", 4},
       {"pain_now", 4},
       {"locations", {"sacrum_left", "buttock_left", "low_back"}},
       {"points_to_one_spot", true},
       {"aggravating", {"stairs", "standing_one_leg", "car_transfer"}},
       {"prefs", {{"minutes_per_day", 30}}}},
      {{"age", 45},
       {"duration_weeks", 10},
       {"pain_now", 5},
       {"locations", {"low_back"}},
       {"aggravating", {"sitting", "bending_forward", "rising_from_sitting"}},
       {"prefs", {{"minutes_per_day", 20}}}},
      {{"age", 29},
       {"duration_weeks", 2},
       {"pain_now", 3},
       {"locations", {"low_back", "buttock_right"}},
       {"aggravating", {"walking", "running", "bending_backward"}},
       {"prefs", {{"minutes_per_day", 15}}}},
      {{"age", 58},
       {"duration_weeks", 26},
       {"pain_now", 6},
       {"locations", {"sacrum_center", "low_back"}},
       {"aggravating", {"sitting", "rolling_in_bed", "car_transfer"}},
       {"prefs", {{"minutes_per_day", 25}}}},
      {{"age", 41},
       {"duration_weeks", 8},
       {"pain_now", 4},
       {"locations", {"sacrum_right", "buttock_right"}},
       {"points_to_one_spot", true},
       {"aggravating", {"stairs", "rolling_in_bed", "standing_one_leg"}},
       {"prefs", {{"minutes_per_day", 20}}}},
      {{"age", 50},
       {"duration_weeks", 1},
       {"pain_now", 8},
       {"red_flags", {{"saddle_numbness", true}, {"bladder_change", true}}}},
  };
  return all;
}

// A member who does the program as asked: pain eases a little over the weeks, most sessions
// feel right and every third one easy, so the program steps up now and then.
json feedback_for(const p::ProgramState& state, int session) {
  const int pain = session < 10 ? 3 : (session < 20 ? 2 : 1);
  json exercises = json::array();
  for (const auto& e : state.exercises) {
    exercises.push_back({{"exercise_id", e.current.exercise_id},
                         {"done", true},
                         {"pain", pain},
                         {"difficulty", session % 3 == 2 ? "easy" : "right"}});
  }
  return {{"pain_before", pain + 1},
          {"pain_after", pain},
          {"next_morning_pain", pain},
          {"exercises", exercises}};
}

std::string first_exercise(const p::ProgramState& state) {
  return state.exercises.empty() ? std::string() : state.exercises.front().current.exercise_id;
}

std::string without_opening_brace(const std::string& object_text) {
  // {"a":1,...} becomes "a":1,...} so the caller can write {"client_id":"...", + this.
  return object_text.size() > 2 ? object_text.substr(1) : std::string("}");
}

JourneyTemplate template_for(const json& intake_json, const core::KnowledgeBase& kb, int sessions) {
  JourneyTemplate out;
  const a::Intake intake = a::intake_from_json(intake_json);
  const a::Assessment assessment = a::assess(intake);
  out.tier = std::string(a::name_of(assessment.tier));
  out.intake = intake_json.dump();
  out.assessment = a::to_json(assessment).dump();
  json codes = json::array();
  for (const auto& reason : assessment.reasons) codes.push_back(reason.code);
  out.reason_codes = codes.dump();
  const auto program = p::build_program(intake, assessment, kb);
  if (!program) return out;

  out.has_program = true;
  auto state = p::start_state(*program, p::limits_for(intake));
  out.start_state = p::to_json(state).dump();
  out.start_phase = std::string(p::phase_name(state.phase));
  out.start_exercise = first_exercise(state);
  for (int i = 0; i < sessions; ++i) {
    const json body = feedback_for(state, i);
    const auto adaptation = p::adapt(state, p::feedback_from_json(body), kb);
    SessionStep step;
    step.feedback_after_client_id = without_opening_brace(body.dump());
    nlohmann::ordered_json answer;
    answer["changes"] = p::to_json(adaptation.changes)["changes"];
    answer["paused"] = adaptation.state.paused;
    step.answer = answer.dump();
    step.pain_before = body["pain_before"].get<std::int64_t>();
    step.pain_after = body["pain_after"].get<std::int64_t>();
    step.next_morning_pain = body["next_morning_pain"].get<std::int64_t>();
    step.exercises = static_cast<std::int64_t>(state.exercises.size());
    state = adaptation.state;
    step.state_after = p::to_json(state).dump();
    step.phase_after = std::string(p::phase_name(state.phase));
    step.steps_up_after = state.steps_up;
    step.sessions_after = state.sessions;
    step.exercise_after = first_exercise(state);
    out.steps.push_back(std::move(step));
  }
  return out;
}

}  // namespace

Journeys journey_templates(const core::KnowledgeBase& knowledge_base, int sessions) {
  Journeys journeys;
  for (const auto& intake : intakes()) {
    auto made = template_for(intake, knowledge_base, sessions);
    (made.has_program ? journeys.with_program : journeys.flagged).push_back(std::move(made));
  }
  if (journeys.with_program.empty() || journeys.flagged.empty()) {
    throw std::runtime_error("the template intakes no longer give both programs and care flags");
  }
  return journeys;
}

const char* answer_note() {
  return "generated session rows store the answer's changes and paused, not its copy of the "
         "whole program (only a resend of that same session reads it back)";
}

}  // namespace motus::bench
