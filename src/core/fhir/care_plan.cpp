// The current program as a CarePlan whose activities are the prescribed exercises, and the
// member's goals as Goal resources the plan points to.
#include "core/fhir/bundle_entries.hpp"
#include "core/fhir/fhir_values.hpp"
#include "core/program/dose_words.hpp"

namespace motus::core::fhir {
namespace {

constexpr std::array<std::string_view, 4> kGoalStatus{"proposed", "active", "completed",
                                                      "cancelled"};

Json activity_of(const program::Prescription& prescription, bool paused) {
  Json detail = {{"code", {{"text", prescription.exercise_id}}},
                 {"status", paused ? "on-hold" : "in-progress"},
                 {"description", program::dose_words(prescription.dose) + ". " + prescription.why}};
  return {{"detail", std::move(detail)}};
}

}  // namespace

void add_care_plan(const MemberRecord& record, const std::string& patient, Json& entries) {
  const std::string& member = record.identity.id;
  Json goal_references = Json::array();
  for (std::size_t i = 0; i < record.goals.size(); ++i) {
    const auto& goal = record.goals[i];
    const std::string uuid = uuid_for(member, "goal/" + std::to_string(i));
    Json resource = {{"resourceType", "Goal"},
                     {"lifecycleStatus", kGoalStatus[static_cast<std::size_t>(goal.status)]},
                     {"description", {{"text", goal.description}}},
                     {"subject", reference_to(patient)}};
    if (goal.set_at_ms) resource["startDate"] = instant_of(*goal.set_at_ms).substr(0, 10);
    entries.push_back(entry_of(uuid, std::move(resource)));
    goal_references.push_back(reference_to(uuid));
  }
  if (!record.program) return;
  const auto& current = *record.program;
  Json plan = {{"resourceType", "CarePlan"},
               {"status", current.paused ? "on-hold" : "active"},
               {"intent", "plan"},
               {"title", "Daily exercise program"},
               {"description",
                "About " + std::to_string(current.program.minutes) + " minutes a day, phase " +
                    std::string(program::phase_name(current.program.phase)) +
                    (current.paused ? ". Paused until a clinician has seen them." : ".")},
               {"subject", reference_to(patient)},
               {"period", {{"start", instant_of(current.started_at_ms)}}}};
  if (!goal_references.empty()) plan["goal"] = goal_references;
  Json activities = Json::array();
  for (const auto& prescription : current.program.exercises) {
    activities.push_back(activity_of(prescription, current.paused));
  }
  if (!activities.empty()) plan["activity"] = std::move(activities);
  entries.push_back(entry_of(uuid_for(member, "care-plan"), std::move(plan)));
}

}  // namespace motus::core::fhir
