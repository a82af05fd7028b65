#include "core/program/therapist_override.hpp"

#include <algorithm>

#include "core/program/why_text.hpp"

namespace motus::core::program {
namespace {

// The engine's own hold reasons may promise a step up the plan will not take, so every change
// to the plan is said in the plan's words.
std::string held_reason(Action engine_would, Language l) {
  const std::string set_by_therapist{
      said_in(l, "Your therapist set this exercise and its dose, so it stays as they set it",
              "Tu fisioterapeuta eligió este ejercicio y su dosis, así que se queda como lo "
              "dejó")};
  if (engine_would == Action::hold) return set_by_therapist + ".";
  if (engine_would == Action::progress) {
    return set_by_therapist +
           std::string(said_in(l, ". It went well: your therapist can see that and may step it up.",
                               ". Te fue bien: tu fisioterapeuta lo puede ver y quizá lo suba un "
                               "paso."));
  }
  return set_by_therapist +
         std::string(said_in(l,
                             ". It was too much this time: go gently, do fewer repeats if you "
                             "need to, stop before it hurts, and send your therapist a message "
                             "about it.",
                             ". Esta vez fue demasiado: hazlo con suavidad, haz menos "
                             "repeticiones si lo necesitas, para antes de que duela y escríbele "
                             "un mensaje a tu fisioterapeuta para contárselo."));
}

}  // namespace

std::string plan_changed_message(const std::string& note, Language language) {
  return std::string(said_in(language, "Your therapist changed your plan: ",
                             "Tu fisioterapeuta cambió tu plan: ")) +
         note;
}

std::string plan_kept_message(const std::string& therapist_name, Language language) {
  return therapist_name +
         std::string(said_in(language,
                             " set your exercises, so they stay as they are; your new preferences "
                             "are kept for when the plan changes.",
                             " eligió tus ejercicios, así que se quedan como están; guardamos tus "
                             "nuevas preferencias para cuando cambie el plan."));
}

ProgramState apply_override(const ProgramState& state, const care::ProgramOverride& plan,
                            const KnowledgeBase& knowledge_base) {
  ProgramState next = state;
  next.exercises.clear();
  const auto pattern = state.exercises.empty() ? assessment::Pattern::nonspecific
                                               : state.exercises.front().current.pattern;
  for (const auto& item : plan.exercises) {
    const Exercise* exercise = knowledge_base.exercise(item.exercise_id);
    if (exercise == nullptr) continue;
    const auto kept = std::find_if(
        state.exercises.begin(), state.exercises.end(),
        [&](const ExerciseState& e) { return e.current.exercise_id == item.exercise_id; });
    ExerciseState entry;
    if (kept != state.exercises.end()) {
      entry = *kept;
    } else {
      entry.current = {item.exercise_id,
                       item.dose,
                       std::string(therapist_added(Language::en)) + why_text(*exercise, pattern),
                       pattern,
                       {}};
    }
    entry.current.dose = item.dose;
    entry.last_tolerated = entry.current;
    next.exercises.push_back(std::move(entry));
  }
  return next;
}

Adaptation keep_override(const ProgramState& before, const Adaptation& adapted,
                         const care::ProgramOverride& plan, const KnowledgeBase& knowledge_base) {
  // The plan's exercises as they were before the session: the engine's steps (a variant swapped
  // in, a dose changed) are exactly what the plan does not allow.
  Adaptation kept{adapted.state, {}};
  kept.state.exercises = apply_override(before, plan, knowledge_base).exercises;
  kept.state.phase = before.phase;
  kept.state.steps_up = before.steps_up;
  for (const Change& change : adapted.changes) {
    const bool to_the_plan = !change.exercise_id.empty() && change.action != Action::pause;
    kept.changes.push_back(to_the_plan
                               ? Change{change.exercise_id, Action::hold,
                                        held_reason(change.action, knowledge_base.language())}
                               : change);
  }
  return kept;
}

}  // namespace motus::core::program
