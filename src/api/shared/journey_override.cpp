#include "api/shared/journey_override.hpp"

#include "api/shared/journey.hpp"
#include "core/program/dose_words.hpp"
#include "core/program/pregnancy_dating.hpp"
#include "core/program/therapist_override.hpp"
#include "store/care_program_override_repository.hpp"
#include "store/user_repository.hpp"

namespace motus::api {

// The stored list is the one PUT /care/members/{id}/program checked and wrote:
// [{exercise_id, sets, reps, hold_seconds, sides, rest_seconds}] (dose_words is not read back).
core::care::ProgramOverride stored_plan(const store::StoredProgramOverride& stored) {
  core::care::ProgramOverride plan;
  plan.note = stored.note;
  for (const auto& item : nlohmann::json::parse(stored.exercises_json)) {
    core::care::OverrideExercise exercise;
    exercise.exercise_id = item.at("exercise_id").get<std::string>();
    exercise.dose.sets = item.value("sets", 1);
    exercise.dose.reps = item.value("reps", 0);
    exercise.dose.hold_seconds = item.value("hold_seconds", 0);
    exercise.dose.rest_seconds = item.value("rest_seconds", 0);
    exercise.dose.sides =
        item.value("sides", "both") == "each" ? core::Sides::each : core::Sides::both;
    plan.exercises.push_back(std::move(exercise));
  }
  return plan;
}

nlohmann::json plan_exercises_json(const core::care::ProgramOverride& plan) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& item : plan.exercises) {
    list.push_back({{"exercise_id", item.exercise_id},
                    {"sets", item.dose.sets},
                    {"reps", item.dose.reps},
                    {"hold_seconds", item.dose.hold_seconds},
                    {"sides", item.dose.sides == core::Sides::each ? "each" : "both"},
                    {"rest_seconds", item.dose.rest_seconds},
                    {"dose_words", core::program::dose_words(item.dose)}});
  }
  return list;
}

std::optional<TherapistPlan> therapist_plan(store::Connection& connection,
                                            const std::string& member_id) {
  const auto stored = store::latest_program_override(connection, member_id);
  if (!stored) return std::nullopt;
  TherapistPlan plan{stored_plan(*stored), "your therapist", stored->created_at};
  if (const auto therapist = store::find_user_by_id(connection, stored->therapist_id)) {
    plan.therapist_name = therapist->first_name + " " + therapist->last_name;
  }
  return plan;
}

core::program::ProgramState followed_state(const core::program::ProgramState& stored,
                                           const std::optional<TherapistPlan>& plan,
                                           const core::KnowledgeBase& content) {
  if (!plan) return stored;
  return core::program::apply_override(stored, plan->plan, content);
}

std::optional<ProgramInForce> program_in_force(store::Connection& connection,
                                               const std::string& member_id,
                                               const core::KnowledgeBase& content,
                                               std::int64_t now_ms) {
  auto record = store::find_program(connection, member_id);
  if (!record) return std::nullopt;
  auto plan = therapist_plan(connection, member_id);
  auto today =
      core::program::rescreen(program_state(*record), core::program::day_of_ms(now_ms), content);
  auto state = followed_state(today.state, plan, content);
  return ProgramInForce{std::move(*record), std::move(plan), std::move(state),
                        std::move(today.changes)};
}

nlohmann::ordered_json therapist_change_json(const std::optional<TherapistPlan>& plan,
                                             core::Language language) {
  if (!plan) return nullptr;
  nlohmann::ordered_json change;
  change["message"] = core::program::plan_changed_message(plan->plan.note, language);
  change["note"] = plan->plan.note;
  change["by"] = plan->therapist_name;
  change["at"] = plan->set_at;
  change["on"] = utc_date(plan->set_at);
  return change;
}

}  // namespace motus::api
