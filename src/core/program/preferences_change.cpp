#include "core/program/preferences_change.hpp"

#include <algorithm>

#include "core/program/program.hpp"

namespace motus::core::program {

namespace {

bool has(const std::vector<Position>& positions, Position position) {
  return std::find(positions.begin(), positions.end(), position) != positions.end();
}

// Why an exercise left: the first of its needs the new preferences rule out, in plain words.
std::string_view why_out(const Exercise* exercise, const assessment::Preferences& prefs,
                         Language l) {
  if (exercise) {
    if (prefs.kneeling_ok == false && has(exercise->positions, Position::kneeling))
      return said_in(l, "it is done kneeling.", "se hace de rodillas.");
    if (prefs.floor_ok == false &&
        (has(exercise->positions, Position::floor) || has(exercise->positions, Position::supine) ||
         has(exercise->positions, Position::prone) ||
         has(exercise->positions, Position::side_lying)))
      return said_in(l, "it is done on the floor.", "se hace en el suelo.");
    if (!exercise->equipment.empty())
      return said_in(l, "it needs equipment you no longer have to hand, or time you do not have.",
                     "necesita material que ya no tienes a mano, o un tiempo que no tienes.");
  }
  return said_in(l, "it no longer fits the time you have.", "ya no cabe en el tiempo que tienes.");
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
                                                          Day today, const KnowledgeBase& words) {
  const auto program = build_program(intake, assessment, knowledge_base);
  if (!program) return std::nullopt;
  PreferencesRebuild rebuild{start_state(*program, intake, today), {}};
  rebuild.state.sessions = before.sessions;
  auto& changes = rebuild.changes;
  const Language l = words.language();
  const auto said = [l](std::string_view english, std::string_view spanish) {
    return std::string(said_in(l, english, spanish));
  };
  if (rebuild.state.budget_minutes != before.budget_minutes) {
    changes.push_back(said("About ", "Ahora son unos ") +
                      std::to_string(rebuild.state.budget_minutes) +
                      said(" minutes a day now, was ", " minutos al día; antes eran ") +
                      std::to_string(before.budget_minutes) + ".");
  }
  const auto was = ids_of(before);
  const auto now = ids_of(rebuild.state);
  for (const auto& id : was) {
    if (contains(now, id)) continue;
    changes.push_back(name_of(id, words) + said(" is out: ", " sale: ") +
                      std::string(why_out(knowledge_base.exercise(id), intake.prefs, l)));
  }
  for (const auto& id : now) {
    if (!contains(was, id)) changes.push_back(name_of(id, words) + said(" is in.", " entra."));
  }
  if (changes.empty()) {
    changes.push_back(said("Your exercises stay as they were: they already fit.",
                           "Tus ejercicios se quedan como estaban: ya encajan."));
  }
  return rebuild;
}

std::optional<PreferencesRebuild> rebuild_for_preferences(const ProgramState& before,
                                                          const assessment::Intake& intake,
                                                          const assessment::Assessment& assessment,
                                                          const KnowledgeBase& knowledge_base,
                                                          Day today) {
  return rebuild_for_preferences(before, intake, assessment, knowledge_base, today, knowledge_base);
}

}  // namespace motus::core::program
