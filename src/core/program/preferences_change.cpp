#include "core/program/preferences_change.hpp"

#include <algorithm>

#include "core/program/program.hpp"

namespace motus::core::program {

namespace {

bool has(const std::vector<Position>& positions, Position position) {
  return std::find(positions.begin(), positions.end(), position) != positions.end();
}

// Why an exercise left: the first of its needs the new preferences rule out, in plain words.
std::string why_out(const Exercise* exercise, const assessment::Preferences& prefs) {
  if (exercise) {
    if (prefs.kneeling_ok == false && has(exercise->positions, Position::kneeling))
      return "it is done kneeling.";
    if (prefs.floor_ok == false &&
        (has(exercise->positions, Position::floor) || has(exercise->positions, Position::supine) ||
         has(exercise->positions, Position::prone) ||
         has(exercise->positions, Position::side_lying)))
      return "it is done on the floor.";
    if (!exercise->equipment.empty())
      return "it needs equipment you no longer have to hand, or time you do not have.";
  }
  return "it no longer fits the time you have.";
}

std::string name_of(const std::string& id, const KnowledgeBase& knowledge_base) {
  const auto* exercise = knowledge_base.exercise(id);
  return exercise ? exercise->name : id;
}

std::vector<std::string> ids_of(const ProgramState& state) {
  std::vector<std::string> ids;
  for (const auto& e : state.exercises) ids.push_back(e.current.exercise_id);
  return ids;
}

bool contains(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

std::optional<PreferencesRebuild> rebuild_for_preferences(const ProgramState& before,
                                                          const assessment::Intake& intake,
                                                          const assessment::Assessment& assessment,
                                                          const KnowledgeBase& knowledge_base,
                                                          Day today) {
  const auto program = build_program(intake, assessment, knowledge_base);
  if (!program) return std::nullopt;
  PreferencesRebuild rebuild{start_state(*program, intake, today), {}};
  rebuild.state.sessions = before.sessions;
  auto& changes = rebuild.changes;
  if (rebuild.state.budget_minutes != before.budget_minutes) {
    changes.push_back("About " + std::to_string(rebuild.state.budget_minutes) +
                      " minutes a day now, was " + std::to_string(before.budget_minutes) + ".");
  }
  const auto was = ids_of(before);
  const auto now = ids_of(rebuild.state);
  for (const auto& id : was) {
    if (contains(now, id)) continue;
    changes.push_back(name_of(id, knowledge_base) +
                      " is out: " + why_out(knowledge_base.exercise(id), intake.prefs));
  }
  for (const auto& id : now) {
    if (!contains(was, id)) changes.push_back(name_of(id, knowledge_base) + " is in.");
  }
  if (changes.empty()) changes.push_back("Your exercises stay as they were: they already fit.");
  return rebuild;
}

}  // namespace motus::core::program
