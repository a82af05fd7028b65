// Adapting after a session by the pain-monitoring model (pain_monitoring.hpp). Each exercise
// gets exactly one change with its reason; a new warning sign pauses the whole program.
#include <algorithm>
#include <functional>

#include "core/assessment/flare_check.hpp"
#include "core/program/dosage_rules.hpp"
#include "core/program/pain_monitoring.hpp"
#include "core/program/program_state.hpp"
#include "core/program/why_text.hpp"

namespace motus::core::program {
namespace {

namespace a = assessment;

struct Session {
  const SessionFeedback& feedback;
  const KnowledgeBase& knowledge_base;
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

Prescription variant(const Exercise& exercise, const Prescription& from, const PersonLimits& limits) {
  return {exercise.id, starting_dose(exercise, limits, false), why_text(exercise, from.pattern),
          from.pattern};
}

// The variant, when it suits the person and is not already elsewhere in their program.
const Exercise* usable(const Exercise* exercise, const ProgramState& state) {
  if (exercise == nullptr || unsuitable_because(*exercise, state.limits)) return nullptr;
  const bool present = std::any_of(state.exercises.begin(), state.exercises.end(),
                                   [&](const ExerciseState& e) { return e.current.exercise_id == exercise->id; });
  return present ? nullptr : exercise;
}

// One step up: more reps, a longer hold or a longer walk; then the harder variant; then a
// set more. The first step that keeps the day within the budget wins.
std::optional<Change> step_up(ProgramState& state, std::size_t index, const Exercise& exercise,
                              const KnowledgeBase& knowledge_base) {
  ExerciseState& entry = state.exercises[index];
  const Dosage dose = entry.current.dose;
  std::vector<std::pair<Prescription, std::string>> options;
  auto with = [&](const std::function<void(Dosage&)>& change, std::string reason) {
    Prescription next = entry.current;
    change(next.dose);
    options.emplace_back(std::move(next), std::move(reason));
  };
  if (dose.reps > 0 && dose.reps < reps_ceiling(state.limits)) {
    with([&](Dosage& d) { d.reps = std::min(reps_ceiling(state.limits), d.reps + kDosageRule.rep_step); },
         "so we add a few more repeats");
  } else if (dose.hold_seconds > 0 && dose.hold_seconds < hold_ceiling(state.limits)) {
    with([&](Dosage& d) {
      d.hold_seconds = std::min(hold_ceiling(state.limits), d.hold_seconds + kDosageRule.hold_step);
    }, "so we make each hold a little longer");
  } else if (dose.minutes > 0 && dose.minutes < kDosageRule.longest_walk_minutes) {
    with([&](Dosage& d) {
      d.minutes = std::min(kDosageRule.longest_walk_minutes, d.minutes + kDosageRule.walk_step_minutes);
    }, "so we make it a few minutes longer");
  }
  if (const Exercise* harder = usable(knowledge_base.harder_than(exercise), state)) {
    options.emplace_back(variant(*harder, entry.current, state.limits),
                         "so you move on to " + harder->name + ", the next step up");
  }
  if (dose.sets < kDosageRule.sets_ceiling && dose.minutes == 0) {
    with([](Dosage& d) { ++d.sets; }, "so we add one more set");
  }
  for (auto& [next, reason] : options) {
    if (!fits_budget(state, index, next, knowledge_base)) continue;
    entry.last_tolerated = entry.current;
    entry.current = std::move(next);
    ++entry.level;
    ++state.steps_up;
    return Change{exercise.id, Action::progress,
                  "It felt easy two sessions in a row with little pain that settled, " + reason + "."};
  }
  return std::nullopt;
}

// A lighter dose: fewer repeats, shorter holds, a shorter walk, a set less, longer rests.
Dosage lighter(Dosage dose) {
  if (dose.reps > 1) dose.reps = std::max(1, dose.reps * 3 / 4);
  if (dose.hold_seconds > 5) dose.hold_seconds = std::max(5, dose.hold_seconds * 3 / 4);
  if (dose.minutes > 0) {
    dose.minutes = std::max(kDosageRule.shortest_walk_minutes, dose.minutes * 3 / 4);
  }
  dose.sets = std::max(1, dose.sets - 1);
  dose.rest_seconds = std::max(dose.rest_seconds + 15, dose.rest_seconds * 3 / 2);
  return dose;
}

Change step_down(ProgramState& state, std::size_t index, const Exercise& exercise,
                 const std::string& why, const KnowledgeBase& knowledge_base) {
  ExerciseState& entry = state.exercises[index];
  entry.easy_sessions = 0;
  const bool above_tolerated = entry.current.exercise_id != entry.last_tolerated.exercise_id ||
                               entry.current.dose.sets != entry.last_tolerated.dose.sets ||
                               entry.current.dose.reps != entry.last_tolerated.dose.reps ||
                               entry.current.dose.hold_seconds != entry.last_tolerated.dose.hold_seconds ||
                               entry.current.dose.minutes != entry.last_tolerated.dose.minutes;
  if (above_tolerated && fits_budget(state, index, entry.last_tolerated, knowledge_base)) {
    entry.current = entry.last_tolerated;
    --entry.level;
    state.steps_up = std::max(0, state.steps_up - 1);
    return {exercise.id, Action::regress,
            why + ", so we go back to the last level that went well for you."};
  }
  if (const Exercise* easier = usable(knowledge_base.easier_than(exercise), state)) {
    Prescription next = variant(*easier, entry.current, state.limits);
    if (fits_budget(state, index, next, knowledge_base)) {
      entry.current = next;
      entry.last_tolerated = next;
      --entry.level;
      state.steps_up = std::max(0, state.steps_up - 1);
      return {exercise.id, Action::swap,
              why + ", so we swap it for " + easier->name + ", an easier version."};
    }
  }
  entry.current.dose = lighter(entry.current.dose);
  entry.last_tolerated = entry.current;
  return {exercise.id, Action::modify,
          why + ", so we make it lighter: fewer repeats, shorter holds and longer rests. "
                "Move slowly and stop before it hurts."};
}

Change review(ProgramState& state, std::size_t index, const Session& session) {
  ExerciseState& entry = state.exercises[index];
  const std::string id = entry.current.exercise_id;
  const Exercise* exercise = session.knowledge_base.exercise(id);
  const auto& reports = session.feedback.exercises;
  const auto report = std::find_if(reports.begin(), reports.end(),
                                   [&](const ExerciseFeedback& f) { return f.exercise_id == id; });
  if (exercise == nullptr) {
    return {id, Action::hold, "This exercise is no longer in the library, so it stays as it is."};
  }
  if (report == reports.end() || !report->done) {
    entry.easy_sessions = 0;
    return {id, Action::hold, "You did not do this one last session, so it stays the same."};
  }
  if (report->pain > kPainMonitoring.acceptable_max) {
    return step_down(state, index, *exercise,
                     "Your pain went up to " + out_of_ten(report->pain) +
                         " during it, and more than 5/10 is too much",
                     session.knowledge_base);
  }
  if (!session.settled) {
    return step_down(state, index, *exercise, session.unsettled_reason, session.knowledge_base);
  }
  entry.last_tolerated = entry.current;
  if (report->difficulty == Difficulty::hard) {
    entry.easy_sessions = 0;
    return {id, Action::hold, "It felt hard, so we keep it the same until it feels easier."};
  }
  if (report->pain > kPainMonitoring.safe_max) {
    entry.easy_sessions = 0;
    return {id, Action::hold,
            "Pain of " + out_of_ten(report->pain) +
                " is okay while you exercise and it settled, so we keep it the same for now."};
  }
  if (report->difficulty == Difficulty::right) {
    entry.easy_sessions = 0;
    return {id, Action::hold, "It feels about right, so we keep it the same."};
  }
  if (++entry.easy_sessions < kPainMonitoring.easy_sessions_to_progress) {
    return {id, Action::hold,
            "It felt easy. If it feels easy next time too, we will step it up."};
  }
  entry.easy_sessions = 0;
  if (auto change = step_up(state, index, *exercise, session.knowledge_base)) return *change;
  return {id, Action::hold,
          "It felt easy, but this is the top step that fits your time, so keep it up as it is."};
}

std::string warning_reasons(const SessionFeedback& feedback) {
  a::FlareCheck check;
  check.pain_now = feedback.pain_after;
  check.red_flags = feedback.red_flags;
  std::string text;
  for (const a::TriageReason& reason : a::triage(check).reasons) {
    text += (text.empty() ? "" : " ") + reason.text;
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

Program current_program(const ProgramState& state, const KnowledgeBase& knowledge_base) {
  Program program;
  program.phase = state.phase;
  program.budget_minutes = state.budget_minutes;
  for (const ExerciseState& entry : state.exercises) program.exercises.push_back(entry.current);
  program.minutes = estimate_minutes(program.exercises, knowledge_base);
  program.tips = state.tips;
  return program;
}

Adaptation adapt(const ProgramState& state, const SessionFeedback& feedback,
                 const KnowledgeBase& knowledge_base) {
  Adaptation result{state, {}};
  ProgramState& next = result.state;
  ++next.sessions;
  if (!feedback.red_flags.empty() || state.paused) {
    next.paused = true;
    const std::string signs = warning_reasons(feedback);
    result.changes.push_back(
        {"", Action::pause,
         "We have paused your exercises because you told us about a warning sign." +
             (signs.empty() ? std::string() : " " + signs) +
             " Please see a doctor before you exercise again; your care team will look at this."});
    return result;
  }
  const int morning = feedback.next_morning_pain.value_or(feedback.pain_after);
  const std::string unsettled =
      feedback.next_morning_pain
          ? "Your pain had not settled by the next morning (" + out_of_ten(morning) +
                ", up from " + out_of_ten(feedback.pain_before) + " before the session)"
          : "Your pain was higher after the session (" + out_of_ten(morning) + ") than before it (" +
                out_of_ten(feedback.pain_before) + ")";
  const Session session{feedback, knowledge_base,
                        morning <= feedback.pain_before + kPainMonitoring.settle_margin, unsettled};
  for (std::size_t i = 0; i < next.exercises.size(); ++i) {
    result.changes.push_back(review(next, i, session));
  }
  update_phase(next, result.changes);
  return result;
}

}  // namespace motus::core::program
