#pragma once
// Member records of a few shapes for the export tests: just a name, a full journey, and a
// paused program. Instruments are the shipped NPRS and PSFS and the STarT Back stand-in, scored
// by the real engine.
#include <stdexcept>

#include "content/load_instruments.hpp"
#include "core/fhir/member_record.hpp"

namespace motus::test {

namespace fhir = core::fhir;
namespace instruments = core::instruments;

inline constexpr std::int64_t kMarch2024 = 1709251200000;  // 2024-03-01T00:00:00Z
inline constexpr std::int64_t kDay = 86'400'000;

inline instruments::InstrumentDefinition definition_named(const std::string& folder,
                                                          const std::string& id) {
  for (auto& definition :
       content::load_instruments(std::string(MOTUS_SOURCE_DIR) + folder).instruments) {
    if (definition.id == id) return definition;
  }
  throw std::runtime_error("no instrument " + id);
}

inline fhir::ScoredInstrument scored(instruments::InstrumentDefinition definition,
                                     std::vector<instruments::Answer> answers, std::int64_t at_ms) {
  auto score = instruments::score_answers(definition, answers);
  return {std::move(definition), {definition.id, at_ms, std::move(answers)}, std::move(score)};
}

inline fhir::MemberRecord identity_only() {
  fhir::MemberRecord record;
  record.identity.id = "member-17";
  return record;
}

inline fhir::MemberRecord full_journey() {
  fhir::MemberRecord record;
  record.identity = {"member-42", {"Ada", "May"}, "Lovelace", "1985-12-10"};
  fhir::IntakeRecord intake;
  intake.answered_at_ms = kMarch2024;
  intake.answers = nlohmann::json::parse(R"({
    "age": 38, "sex": "female", "pain_now": 6, "locations": ["sacrum_left", "buttock_left"],
    "red_flags": {"fever": false, "saddle_numbness": false}, "aggravators": []
  })");
  intake.assessment.tier = core::assessment::Tier::routine;
  intake.assessment.patterns = {{core::assessment::Pattern::si_joint, 0.7, {"Pain at the dimple"}}};
  record.intake = intake;
  record.check_ins = {{kMarch2024 + kDay, 5}, {kMarch2024 + 2 * kDay, 4}};
  record.instruments.push_back(
      scored(definition_named("/content", "nprs"), {{"pain", 6, {}}}, kMarch2024));
  record.instruments.push_back(scored(definition_named("/content", "psfs"),
                                      {{"activity_1", 3, "Putting on socks"},
                                       {"activity_2", 5, "Getting out of the car"},
                                       {"activity_3", 4, "Walking the dog"}},
                                      kMarch2024));
  std::vector<instruments::Answer> start_back;
  const std::vector<int> values{1, 1, 0, 1, 1, 1, 1, 0, 3};
  for (std::size_t i = 0; i < values.size(); ++i) {
    start_back.push_back({"item_" + std::to_string(i + 1), values[i], {}});
  }
  record.instruments.push_back(
      scored(definition_named("/tests/fixtures/instruments/licensed", "start_back"), start_back,
             kMarch2024));
  record.sessions = {{kMarch2024 + kDay, kMarch2024 + kDay + 1'200'000, 5, 3}};
  core::program::Program program;
  program.minutes = 12;
  program.budget_minutes = 15;
  core::program::Prescription bridge;
  bridge.exercise_id = "bridge";
  bridge.dose = {2, 10, 0, 0, core::Sides::both, 30};
  bridge.why = "Strong buttock muscles steady the SI joint.";
  program.exercises.push_back(bridge);
  record.program = fhir::CurrentProgram{program, false, kMarch2024};
  record.goals = {
      {"Walk the dog for 30 minutes without pain", fhir::GoalStatus::active, kMarch2024},
      {"Sit through a film", fhir::GoalStatus::proposed, std::nullopt}};
  record.visits = {{"visit-1", kMarch2024 + 3 * kDay, kMarch2024 + 3 * kDay + 1'560'000},
                   {"visit-2", kMarch2024 + 10 * kDay, std::nullopt}};
  return record;
}

inline fhir::MemberRecord paused_program() {
  auto record = full_journey();
  record.identity = {"member-7", {"Sam"}, "", std::nullopt};
  record.program->paused = true;
  record.goals.clear();
  return record;
}

}  // namespace motus::test
