// Building the program: gather the exercises of the best patterns (pattern cores first), step
// each one down its `easier` ladder until it suits the person, then fill the time budget slot
// by slot so that strength and motor control stay the core and stretches the adjunct
// (Owen 2020; docs/clinical-sources.md §4).
#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <utility>

#include "core/program/dosage_rules.hpp"
#include "core/program/program.hpp"
#include "core/program/suitable_level.hpp"
#include "core/program/tips.hpp"
#include "core/program/why_text.hpp"

namespace motus::core::program {
namespace {

namespace a = assessment;

// The runner-up pattern joins the program when it scores at least this (0–1).
constexpr double kRunnerUpMinScore = 0.4;
// The order in which kinds take their turn: strength leads, stretches never outnumber it.
constexpr std::array<Kind, 10> kSlotPlan{
    Kind::strength, Kind::strength, Kind::mobility, Kind::strength, Kind::stretch,
    Kind::aerobic,  Kind::strength, Kind::mobility, Kind::stretch,  Kind::strength};

struct Candidate {
  const Exercise* exercise;
  a::Pattern pattern;
  bool used = false;
};

bool suits(const Exercise& exercise, std::string_view pattern_id) {
  return std::find(exercise.patterns.begin(), exercise.patterns.end(), pattern_id) !=
         exercise.patterns.end();
}

// The main form of the exercise's movement (its `family`), when that suits the pattern too.
const Exercise* main_form(const Exercise& exercise, std::string_view pattern_id,
                          const KnowledgeBase& knowledge_base) {
  const Exercise* main = knowledge_base.exercise(family_of(exercise));
  return main != nullptr && suits(*main, pattern_id) ? main : &exercise;
}

std::vector<Candidate> candidates(const std::vector<a::Pattern>& patterns,
                                  const PersonLimits& limits, const KnowledgeBase& knowledge_base) {
  std::vector<Candidate> found;
  auto add = [&](const Exercise* exercise, a::Pattern pattern) {
    const Exercise* level = suitable_level(exercise, limits, knowledge_base);
    if (level == nullptr || level->kind == Kind::technique) return;
    // One form of each movement: the tummy brace lying down or seated, never both.
    const bool seen = std::any_of(found.begin(), found.end(), [&](const Candidate& c) {
      return family_of(*c.exercise) == family_of(*level);
    });
    if (!seen) found.push_back({level, pattern});
  };
  for (a::Pattern pattern : patterns) {
    const core::Pattern* file = knowledge_base.pattern(a::name_of(pattern));
    if (file == nullptr) continue;
    for (const std::string& id : file->core_exercises) add(knowledge_base.exercise(id), pattern);
  }
  // Beyond the pattern's core, a movement enters at its main form when that suits the pattern
  // too: walking rather than brisk walking, the step-up rather than the side step-up; the
  // person's limits then step it down its ladder as needed, and adaptation steps it up.
  for (a::Pattern pattern : patterns) {
    for (const Exercise* exercise : knowledge_base.exercises_for_pattern(a::name_of(pattern))) {
      add(main_form(*exercise, a::name_of(pattern), knowledge_base), pattern);
    }
  }
  return found;
}

// The dose that fits the seconds left: the starting dose, then one set fewer at a time, then
// (for timed holds) one hold fewer, never below kDosageRule.fewest_holds; a timed exercise
// (walking) shortens instead, down to kDosageRule.shortest_walk_minutes.
std::optional<Dosage> fitting_dose(const Exercise& exercise, Dosage dose, int seconds_left) {
  if (dose.minutes > 0) {
    const int minutes_left = (seconds_left - kEstimateRule.setup_seconds) / 60;
    dose.minutes = std::min(dose.minutes, minutes_left);
    if (dose.minutes < kDosageRule.shortest_walk_minutes) return std::nullopt;
    return dose;
  }
  for (; dose.sets > 1; --dose.sets) {
    if (estimate_seconds(exercise, dose) <= seconds_left) return dose;
  }
  // Timed holds (a brace, a stretch) drop a hold at a time; repetitions keep their count.
  const int fewest = timed_hold(dose) ? std::min(dose.reps, kDosageRule.fewest_holds) : dose.reps;
  for (; dose.reps >= fewest && dose.reps >= 1; --dose.reps) {
    if (estimate_seconds(exercise, dose) <= seconds_left) return dose;
  }
  return std::nullopt;
}

Prescription prescribe(const Exercise& exercise, const Dosage& dose, a::Pattern pattern,
                       const PersonLimits& limits) {
  return {exercise.id, dose, why_text(exercise, pattern), pattern, cautions_for(exercise, limits)};
}

bool in_program(const Program& program, const Exercise& exercise,
                const KnowledgeBase& knowledge_base) {
  return std::any_of(program.exercises.begin(), program.exercises.end(),
                     [&](const Prescription& p) {
                       const Exercise* listed = knowledge_base.exercise(p.exercise_id);
                       return listed != nullptr && family_of(*listed) == family_of(exercise);
                     });
}

bool trains_balance(const Program& program, const KnowledgeBase& knowledge_base) {
  return std::any_of(program.exercises.begin(), program.exercises.end(),
                     [&](const Prescription& p) {
                       const Exercise* exercise = knowledge_base.exercise(p.exercise_id);
                       return exercise != nullptr && has_feature(*exercise, Feature::balance);
                     });
}

// How many `easier` steps lie below the exercise: 0 for the bottom of its ladder.
int rung(const Exercise& exercise, const KnowledgeBase& knowledge_base) {
  int steps = 0;
  for (const Exercise* below = knowledge_base.easier_than(exercise);
       below != nullptr && steps < kLadderSteps; below = knowledge_base.easier_than(*below)) {
    ++steps;
  }
  return steps;
}

// The balance exercises that suit the person, lowest rung first (library order among equals):
// balance practice starts with support and both feet down, and adaptation steps it up.
std::vector<const Exercise*> balance_choices(const Program& program, const PersonLimits& limits,
                                             const KnowledgeBase& knowledge_base) {
  std::vector<std::pair<int, const Exercise*>> ranked;
  for (const Exercise& candidate : knowledge_base.exercises()) {
    if (!has_feature(candidate, Feature::balance) || candidate.kind == Kind::technique) continue;
    if (unsuitable_because(candidate, limits) || in_program(program, candidate, knowledge_base)) {
      continue;
    }
    ranked.emplace_back(rung(candidate, knowledge_base), &candidate);
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<const Exercise*> choices;
  for (const auto& [level, exercise] : ranked) choices.push_back(exercise);
  return choices;
}

// Why balance joins: thin bones (Giangregorio 2014, Too Fit To Fracture: "a multicomponent
// program that includes resistance and balance training") or age 65 and over (ACSM: balance
// and other neuromotor exercise for older adults, to prevent falls).
std::optional<BalanceReason> balance_reason(const PersonLimits& limits) {
  if (limits.has(CautionCondition::osteoporosis)) return BalanceReason::thin_bones;
  if (limits.older_adult) return BalanceReason::older_adult;
  return std::nullopt;
}

// When the slots picked no balance exercise for someone who needs one, the lowest-level one
// that suits them joins, within the time left or in place of the last stretch or mobility
// exercise (an adjunct).
void offer_balance(Program& program, const PersonLimits& limits, int seconds_left, bool settle,
                   const KnowledgeBase& knowledge_base) {
  const auto reason = balance_reason(limits);
  if (!reason || trains_balance(program, knowledge_base)) return;
  for (const Exercise* exercise : balance_choices(program, limits, knowledge_base)) {
    const Dosage start = starting_dose(*exercise, limits, settle);
    const a::Pattern pattern =
        program.exercises.empty() ? a::Pattern::nonspecific : program.exercises.front().pattern;
    const auto balance = [&](const Dosage& dose, a::Pattern serves) {
      Prescription prescription = prescribe(*exercise, dose, serves, limits);
      prescription.why += balance_words(*reason, Language::en);
      return prescription;
    };
    if (const auto dose = fitting_dose(*exercise, start, seconds_left)) {
      program.exercises.push_back(balance(*dose, pattern));
      return;
    }
    for (auto it = program.exercises.rbegin(); it != program.exercises.rend(); ++it) {
      const Exercise* adjunct = knowledge_base.exercise(it->exercise_id);
      if (adjunct == nullptr ||
          (adjunct->kind != Kind::stretch && adjunct->kind != Kind::mobility)) {
        continue;
      }
      const int freed = seconds_left + estimate_seconds(*adjunct, it->dose);
      if (const auto dose = fitting_dose(*exercise, start, freed)) {
        *it = balance(*dose, it->pattern);
        return;
      }
    }
  }
}

}  // namespace

std::vector<a::Pattern> program_patterns(const a::Assessment& assessment) {
  std::vector<a::Pattern> chosen;
  if (assessment.patterns.empty()) return {a::Pattern::nonspecific};
  chosen.push_back(assessment.patterns[0].pattern);
  if (assessment.patterns.size() > 1 && assessment.patterns[1].score >= kRunnerUpMinScore) {
    chosen.push_back(assessment.patterns[1].pattern);
  }
  return chosen;
}

int estimate_minutes(const std::vector<Prescription>& exercises,
                     const KnowledgeBase& knowledge_base) {
  int seconds = 0;
  for (const Prescription& prescription : exercises) {
    if (const Exercise* exercise = knowledge_base.exercise(prescription.exercise_id)) {
      seconds += estimate_seconds(*exercise, prescription.dose);
    }
  }
  return (seconds + 59) / 60;
}

std::optional<Program> build_program(const a::Intake& intake, const a::Assessment& assessment,
                                     const KnowledgeBase& knowledge_base) {
  if (assessment.tier == a::Tier::emergency || assessment.tier == a::Tier::urgent) {
    return std::nullopt;
  }
  const PersonLimits limits = limits_for(intake);
  const std::vector<a::Pattern> patterns = program_patterns(assessment);
  const bool settle = limits.has(CautionCondition::acute_flare);

  Program program;
  program.phase = settle ? Phase::settle : Phase::build;
  program.budget_minutes =
      intake.prefs.minutes_per_day.value_or(kDosageRule.default_minutes_per_day);
  int seconds_left = program.budget_minutes * 60 * kDosageRule.starting_share_percent / 100;

  std::vector<Candidate> pool = candidates(patterns, limits, knowledge_base);
  for (Kind slot : kSlotPlan) {
    for (Candidate& candidate : pool) {
      if (candidate.used || candidate.exercise->kind != slot) continue;
      const Exercise& exercise = *candidate.exercise;
      const auto dose =
          fitting_dose(exercise, starting_dose(exercise, limits, settle), seconds_left);
      if (!dose) continue;
      candidate.used = true;
      seconds_left -= estimate_seconds(exercise, *dose);
      program.exercises.push_back(prescribe(exercise, *dose, candidate.pattern, limits));
      break;
    }
  }
  offer_balance(program, limits, seconds_left, settle, knowledge_base);
  program.minutes = estimate_minutes(program.exercises, knowledge_base);
  program.tips = daily_tips(patterns, limits, knowledge_base);
  return program;
}

std::string_view phase_name(Phase phase) {
  switch (phase) {
    case Phase::settle:
      return "settle";
    case Phase::build:
      return "build";
    case Phase::strengthen:
      return "strengthen";
  }
  return "build";
}

std::optional<Phase> phase_from_name(std::string_view name) {
  for (Phase phase : {Phase::settle, Phase::build, Phase::strengthen}) {
    if (phase_name(phase) == name) return phase;
  }
  return std::nullopt;
}

}  // namespace motus::core::program
