// Adapting after a session by the pain-monitoring model (pain_monitoring.hpp). Each exercise
// gets exactly one change with its reason; a new warning sign pauses the whole program.
#include <algorithm>
#include <functional>

#include "core/assessment/flare_check.hpp"
#include "core/assessment/in_spanish.hpp"
#include "core/program/dosage_rules.hpp"
#include "core/program/pain_monitoring.hpp"
#include "core/program/program_state.hpp"
#include "core/program/suitable_level.hpp"
#include "core/program/why_text.hpp"

namespace motus::core::program {
namespace {

namespace a = assessment;

struct Session {
  const SessionFeedback& feedback;
  const KnowledgeBase& knowledge_base;  // its language is the language of every reason
  bool settled;
  std::string unsettled_reason;
};

std::string out_of_ten(int pain) { return std::to_string(pain) + "/10"; }

bool fits_budget(const ProgramState& state, std::size_t index, const Prescription& next,
                 const KnowledgeBase& knowledge_base) {
  std::vector<Prescription> all;
  for (std::size_t i = 0; i < state.exercises.size(); ++i) {
    all.push_back(i == index ? next : state.exercises[i].current);
  }
  return estimate_minutes(all, knowledge_base) <= state.budget_minutes;
}

Prescription variant(const Exercise& exercise, const Prescription& from,
                     const PersonLimits& limits) {
  return {exercise.id,
          starting_dose(exercise, limits, false),
          why_text(exercise, from.pattern),
          from.pattern,
          {}};
}

// The variant for the exercise at `index`, when it suits the person and no other exercise of
// their program is a form of the same movement (one form of each movement a session).
const Exercise* usable(const Exercise* exercise, const ProgramState& state, std::size_t index,
                       const KnowledgeBase& knowledge_base) {
  if (exercise == nullptr || unsuitable_because(*exercise, state.limits)) return nullptr;
  for (std::size_t i = 0; i < state.exercises.size(); ++i) {
    if (i == index) continue;
    const std::string& id = state.exercises[i].current.exercise_id;
    const Exercise* other = knowledge_base.exercise(id);
    if (id == exercise->id || (other != nullptr && family_of(*other) == family_of(*exercise))) {
      return nullptr;
    }
  }
  return exercise;
}

// One step up: more reps, a longer hold or a longer walk; then the harder variant; then a
// set more. The first step that keeps the day within the budget wins.
std::optional<Change> step_up(ProgramState& state, std::size_t index, const Exercise& exercise,
                              const KnowledgeBase& knowledge_base) {
  ExerciseState& entry = state.exercises[index];
  const Dosage dose = entry.current.dose;
  const Language l = knowledge_base.language();
  std::vector<std::pair<Prescription, std::string>> options;
  auto with = [&](const std::function<void(Dosage&)>& change, std::string reason) {
    Prescription next = entry.current;
    change(next.dose);
    options.emplace_back(std::move(next), std::move(reason));
  };
  const int most_reps = reps_ceiling(exercise, dose, state.limits);
  if (dose.reps > 0 && dose.reps < most_reps) {
    with([&](Dosage& d) { d.reps = std::min(most_reps, d.reps + kDosageRule.rep_step); },
         std::string(timed_hold(dose) ? said_in(l, "so we add a hold or two",
                                                "así que añadimos una o dos veces más sosteniendo")
                                      : said_in(l, "so we add a few more repeats",
                                                "así que añadimos algunas repeticiones más")));
  } else if (dose.hold_seconds > 0 && dose.hold_seconds < hold_ceiling(state.limits)) {
    with(
        [&](Dosage& d) {
          d.hold_seconds =
              std::min(hold_ceiling(state.limits), d.hold_seconds + kDosageRule.hold_step);
        },
        std::string(said_in(l, "so we make each hold a little longer",
                            "así que sostienes cada vez un poco más de tiempo")));
  } else if (dose.minutes > 0 && dose.minutes < kDosageRule.longest_walk_minutes) {
    with(
        [&](Dosage& d) {
          d.minutes =
              std::min(kDosageRule.longest_walk_minutes, d.minutes + kDosageRule.walk_step_minutes);
        },
        std::string(
            said_in(l, "so we make it a few minutes longer", "así que lo alargamos unos minutos")));
  }
  if (const Exercise* harder =
          usable(knowledge_base.harder_than(exercise), state, index, knowledge_base)) {
    options.emplace_back(variant(*harder, entry.current, state.limits),
                         std::string(said_in(l, "so you move on to ", "así que pasas a ")) +
                             harder->name +
                             std::string(said_in(l, ", the next step up", ", el siguiente paso")));
  }
  if (dose.sets < kDosageRule.sets_ceiling && dose.minutes == 0) {
    with([](Dosage& d) { ++d.sets; },
         std::string(said_in(l, "so we add one more set", "así que añadimos una serie más")));
  }
  for (auto& [next, reason] : options) {
    if (!fits_budget(state, index, next, knowledge_base)) continue;
    entry.last_tolerated = entry.current;
    entry.current = std::move(next);
    ++entry.level;
    ++state.steps_up;
    return Change{
        exercise.id, Action::progress,
        std::string(said_in(
            l, "It felt easy two sessions in a row with little pain that settled, ",
            "Te resultó fácil dos sesiones seguidas, con poco dolor que luego se calmó, ")) +
            reason + "."};
  }
  return std::nullopt;
}

Change step_down(ProgramState& state, std::size_t index, const Exercise& exercise,
                 const std::string& why, const KnowledgeBase& knowledge_base) {
  ExerciseState& entry = state.exercises[index];
  const Language l = knowledge_base.language();
  entry.easy_sessions = 0;
  const bool above_tolerated =
      entry.current.exercise_id != entry.last_tolerated.exercise_id ||
      entry.current.dose.sets != entry.last_tolerated.dose.sets ||
      entry.current.dose.reps != entry.last_tolerated.dose.reps ||
      entry.current.dose.hold_seconds != entry.last_tolerated.dose.hold_seconds ||
      entry.current.dose.minutes != entry.last_tolerated.dose.minutes;
  if (above_tolerated && fits_budget(state, index, entry.last_tolerated, knowledge_base)) {
    entry.current = entry.last_tolerated;
    --entry.level;
    --state.steps_up;
    return {
        exercise.id, Action::regress,
        why + std::string(said_in(l, ", so we go back to the last level that went well for you.",
                                  ", así que volvemos al último nivel que te fue bien."))};
  }
  if (const Exercise* easier =
          usable(knowledge_base.easier_than(exercise), state, index, knowledge_base)) {
    Prescription next = variant(*easier, entry.current, state.limits);
    if (fits_budget(state, index, next, knowledge_base)) {
      entry.current = next;
      entry.last_tolerated = next;
      --entry.level;
      --state.steps_up;
      return {exercise.id, Action::swap,
              why + std::string(said_in(l, ", so we swap it for ", ", así que lo cambiamos por ")) +
                  easier->name +
                  std::string(said_in(l, ", an easier version.", ", una versión más fácil."))};
    }
  }
  entry.current.dose = lighter_dose(entry.current.dose);
  entry.last_tolerated = entry.current;
  return {
      exercise.id, Action::modify,
      why + std::string(said_in(
                l,
                ", so we make it lighter: fewer repeats, shorter holds and longer rests. "
                "Move slowly and stop before it hurts.",
                ", así que lo hacemos más suave: menos repeticiones, menos tiempo sosteniendo y "
                "descansos más largos. Muévete despacio y para antes de que duela."))};
}

Change review(ProgramState& state, std::size_t index, const Session& session) {
  ExerciseState& entry = state.exercises[index];
  const std::string id = entry.current.exercise_id;
  const Exercise* exercise = session.knowledge_base.exercise(id);
  const Language l = session.knowledge_base.language();
  const auto said = [l](std::string_view english, std::string_view spanish) {
    return std::string(said_in(l, english, spanish));
  };
  const auto& reports = session.feedback.exercises;
  const auto report = std::find_if(reports.begin(), reports.end(),
                                   [&](const ExerciseFeedback& f) { return f.exercise_id == id; });
  if (exercise == nullptr) {
    return {id, Action::hold,
            said("This exercise is no longer in the library, so it stays as it is.",
                 "Este ejercicio ya no está en la biblioteca, así que se queda como está.")};
  }
  if (report == reports.end() || !report->done) {
    entry.easy_sessions = 0;
    return {id, Action::hold,
            said("You did not do this one last session, so it stays the same.",
                 "No hiciste este ejercicio en la última sesión, así que se queda igual.")};
  }
  if (report->pain > kPainMonitoring.acceptable_max) {
    return step_down(state, index, *exercise,
                     said("Your pain went up to ", "Tu dolor subió a ") + out_of_ten(report->pain) +
                         said(" during it, and more than 5/10 is too much",
                              " durante el ejercicio, y más de 5/10 es demasiado"),
                     session.knowledge_base);
  }
  if (!session.settled) {
    return step_down(state, index, *exercise, session.unsettled_reason, session.knowledge_base);
  }
  entry.last_tolerated = entry.current;
  if (report->difficulty == Difficulty::hard) {
    entry.easy_sessions = 0;
    return {id, Action::hold,
            said("It felt hard, so we keep it the same until it feels easier.",
                 "Te resultó difícil, así que lo dejamos igual hasta que te resulte más fácil.")};
  }
  if (report->pain > kPainMonitoring.safe_max) {
    entry.easy_sessions = 0;
    return {id, Action::hold,
            said("Pain of ", "Un dolor de ") + out_of_ten(report->pain) +
                said(" is okay while you exercise and it settled, so we keep it the same for now.",
                     " está bien mientras haces ejercicio y luego se calmó, así que por ahora lo "
                     "dejamos igual.")};
  }
  if (report->difficulty == Difficulty::right) {
    entry.easy_sessions = 0;
    return {id, Action::hold,
            said("It feels about right, so we keep it the same.",
                 "Te resulta adecuado, así que lo dejamos igual.")};
  }
  if (++entry.easy_sessions < kPainMonitoring.easy_sessions_to_progress) {
    return {id, Action::hold,
            said("It felt easy. If it feels easy next time too, we will step it up.",
                 "Te resultó fácil. Si la próxima vez también te resulta fácil, subiremos un "
                 "paso.")};
  }
  entry.easy_sessions = 0;
  if (auto change = step_up(state, index, *exercise, session.knowledge_base)) return *change;
  return {
      id, Action::hold,
      said("It felt easy, but this is the top step that fits your time, so keep it up as it is.",
           "Te resultó fácil, pero este es el paso más alto que cabe en tu tiempo, así que "
           "sigue haciéndolo así.")};
}

std::string warning_reasons(const SessionFeedback& feedback, Language language) {
  a::FlareCheck check;
  check.pain_now = feedback.pain_after;
  check.red_flags = feedback.red_flags;
  std::string text;
  for (const a::TriageReason& reason : a::triage(check).reasons) {
    text += (text.empty() ? "" : " ") + a::in_language(reason.text, language);
  }
  return text;
}

void update_phase(ProgramState& state, const std::vector<Change>& changes) {
  const bool stepped_down = std::any_of(changes.begin(), changes.end(), [](const Change& c) {
    return c.action == Action::regress || c.action == Action::swap || c.action == Action::modify;
  });
  if (stepped_down) {
    state.phase = Phase::settle;
  } else if (state.phase == Phase::settle) {
    state.phase = Phase::build;
  } else if (state.steps_up >= kPainMonitoring.steps_per_exercise_to_strengthen *
                                   static_cast<int>(state.exercises.size())) {
    state.phase = Phase::strengthen;
  }
}

// An acceptable 24-hour response (Silbernagel 2007, docs/clinical-sources.md §4): something was
// done, no exercise went above 5/10, and the pain had settled by the next morning at 5/10 or less.
bool acceptable_response(const SessionFeedback& feedback, const Session& session, int morning) {
  bool done = false;
  for (const ExerciseFeedback& report : feedback.exercises) {
    if (!report.done) continue;
    done = true;
    if (report.pain > kPainMonitoring.acceptable_max) return false;
  }
  return done && session.settled && morning <= kPainMonitoring.acceptable_max;
}

// The flare-up limits lift once the pain has settled for a few sessions in a row.
void lift_settled_flare(ProgramState& state, std::vector<Change>& changes, Language l) {
  if (!state.limits.has(CautionCondition::acute_flare) ||
      state.settled_sessions < kPainMonitoring.settled_sessions_to_lift_flare) {
    return;
  }
  state.limits = without(state.limits, CautionCondition::acute_flare);
  changes.push_back(
      {"", Action::progress,
       std::string(said_in(l, "Your pain has settled after ", "Tu dolor se ha calmado durante ")) +
           std::to_string(state.settled_sessions) +
           std::string(said_in(l,
                               " sessions in a row, so your flare-up is over. The exercises we "
                               "kept back during the flare can come back as you step up.",
                               " sesiones seguidas, así que la crisis terminó. Los ejercicios que "
                               "dejamos en pausa durante la crisis pueden volver a medida que "
                               "avances."))});
}

// Another form of the movement or a level down its `easier` ladder that suits the person now
// (suitable_level), or else another exercise of the same kind for the same pattern; nullptr
// when there is none.
const Exercise* replacement(const ProgramState& state, std::size_t index, const Exercise& exercise,
                            const KnowledgeBase& knowledge_base) {
  const Prescription& current = state.exercises[index].current;
  const auto not_twice = [&](const Exercise& level) {
    return usable(&level, state, index, knowledge_base) != nullptr;
  };
  if (const Exercise* level = suitable_level(&exercise, state.limits, knowledge_base, not_twice)) {
    return level;
  }
  for (const Exercise* other : knowledge_base.exercises_for_pattern(a::name_of(current.pattern))) {
    if (other->kind == exercise.kind && usable(other, state, index, knowledge_base)) return other;
  }
  return nullptr;
}

}  // namespace

ProgramState start_state(const Program& program, const PersonLimits& limits) {
  ProgramState state;
  state.phase = program.phase;
  state.budget_minutes = program.budget_minutes;
  state.limits = limits;
  state.tips = program.tips;
  for (const Prescription& prescription : program.exercises) {
    state.exercises.push_back({prescription, prescription, 0, 0});
  }
  return state;
}

ProgramState start_state(const Program& program, const a::Intake& intake, Day today) {
  ProgramState state = start_state(program, limits_for(intake));
  state.pregnancy = pregnancy_dating(intake, today);
  return state;
}

Adaptation rescreen(const ProgramState& state, Day today, const KnowledgeBase& knowledge_base) {
  Adaptation result{state, {}};
  ProgramState& next = result.state;
  const Language l = knowledge_base.language();
  if (!state.pregnancy) return result;
  const CautionCondition stage = pregnancy_stage_on(*state.pregnancy, today);
  if (state.limits.has(stage)) return result;
  next.limits = at_pregnancy_stage(next.limits, stage);
  std::vector<std::size_t> dropped;
  for (std::size_t i = 0; i < next.exercises.size(); ++i) {
    ExerciseState& entry = next.exercises[i];
    const Exercise* exercise = knowledge_base.exercise(entry.current.exercise_id);
    if (exercise == nullptr) continue;
    const auto because = unsuitable_because(*exercise, next.limits, l);
    if (!because) continue;
    const std::string why =
        exercise->name +
        std::string(
            said_in(l, " no longer suits you now: ", " ya no es adecuado para ti ahora: ")) +
        *because;
    const Exercise* other = replacement(next, i, *exercise, knowledge_base);
    Prescription swapped = other ? variant(*other, entry.current, next.limits) : Prescription{};
    if (other != nullptr && fits_budget(next, i, swapped, knowledge_base)) {
      entry.current = swapped;
      entry.last_tolerated = std::move(swapped);
      entry.easy_sessions = 0;
      result.changes.push_back(
          {exercise->id, Action::swap,
           why + std::string(said_in(l, ", so we swap it for ", ", así que lo cambiamos por ")) +
               other->name + "."});
    } else {
      dropped.push_back(i);
      result.changes.push_back(
          {exercise->id, Action::regress,
           why + std::string(said_in(l, ", so we take it out of your program for now.",
                                     ", así que por ahora lo quitamos de tu programa."))});
    }
  }
  for (auto it = dropped.rbegin(); it != dropped.rend(); ++it) {
    next.exercises.erase(next.exercises.begin() + static_cast<std::ptrdiff_t>(*it));
  }
  return result;
}

Program current_program(const ProgramState& state, const KnowledgeBase& knowledge_base) {
  Program program;
  program.phase = state.phase;
  program.budget_minutes = state.budget_minutes;
  for (const ExerciseState& entry : state.exercises) {
    program.exercises.push_back(entry.current);
    if (const Exercise* exercise = knowledge_base.exercise(entry.current.exercise_id)) {
      program.exercises.back().cautions = cautions_for(*exercise, state.limits);
    }
  }
  program.minutes = estimate_minutes(program.exercises, knowledge_base);
  program.tips = state.tips;
  return program;
}

Adaptation adapt(const ProgramState& state, const SessionFeedback& feedback,
                 const KnowledgeBase& knowledge_base) {
  Adaptation result{state, {}};
  ProgramState& next = result.state;
  const Language l = knowledge_base.language();
  ++next.sessions;
  if (!feedback.red_flags.empty() || state.paused) {
    next.paused = true;
    const std::string signs = warning_reasons(feedback, l);
    result.changes.push_back(
        {"", Action::pause,
         std::string(said_in(
             l, "We have paused your exercises because you told us about a warning sign.",
             "Pausamos tus ejercicios porque nos contaste que tienes una señal de alarma.")) +
             (signs.empty() ? std::string() : " " + signs) +
             std::string(said_in(l,
                                 " Please see a doctor before you exercise again; your care team "
                                 "will look at this.",
                                 " Consulta a un médico antes de volver a hacer ejercicio; tu "
                                 "equipo de atención lo va a revisar."))});
    return result;
  }
  const int morning = feedback.next_morning_pain.value_or(feedback.pain_after);
  const std::string unsettled =
      feedback.next_morning_pain
          ? std::string(said_in(l, "Your pain had not settled by the next morning (",
                                "Tu dolor no se había calmado a la mañana siguiente (")) +
                out_of_ten(morning) + std::string(said_in(l, ", up from ", ", frente a ")) +
                out_of_ten(feedback.pain_before) +
                std::string(said_in(l, " before the session)", " antes de la sesión)"))
          : std::string(said_in(l, "Your pain was higher after the session (",
                                "Tu dolor era más alto después de la sesión (")) +
                out_of_ten(morning) +
                std::string(said_in(l, ") than before it (", ") que antes (")) +
                out_of_ten(feedback.pain_before) + ")";
  const Session session{feedback, knowledge_base,
                        morning <= feedback.pain_before + kPainMonitoring.settle_margin, unsettled};
  for (std::size_t i = 0; i < next.exercises.size(); ++i) {
    result.changes.push_back(review(next, i, session));
  }
  update_phase(next, result.changes);
  next.settled_sessions =
      acceptable_response(feedback, session, morning) ? next.settled_sessions + 1 : 0;
  lift_settled_flare(next, result.changes, l);
  return result;
}

}  // namespace motus::core::program
