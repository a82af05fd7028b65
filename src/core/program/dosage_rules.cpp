#include "core/program/dosage_rules.hpp"

#include <algorithm>
#include <cmath>

namespace motus::core::program {

Dosage starting_dose(const Exercise& exercise, const PersonLimits& limits, bool settle) {
  Dosage dose = exercise.dosage;
  if (limits.older_adult) {
    if (exercise.kind == Kind::stretch && dose.hold_seconds > 0) {
      dose.hold_seconds = std::max(dose.hold_seconds, kDosageRule.older_adult_stretch_hold_min);
    }
    if (exercise.kind == Kind::strength && dose.reps > 0 && !timed_hold(dose)) {
      dose.reps =
          std::clamp(dose.reps, kDosageRule.older_adult_reps_min, kDosageRule.older_adult_reps_max);
    }
  }
  if (settle) dose.sets = std::max(1, dose.sets - kDosageRule.settle_sets_cut);
  return dose;
}

int estimate_seconds(const Exercise& exercise, const Dosage& dose) {
  const int sides = dose.sides == Sides::each ? 2 : 1;
  double work = 0;
  if (dose.minutes > 0) {
    work = dose.minutes * 60.0 * dose.sets;
  } else {
    const double cycle = exercise.keyframes.empty() ? 0.0 : exercise.keyframes.back().at;
    const double rep = cycle + std::max(0, dose.hold_seconds - exercise.dosage.hold_seconds);
    work = dose.sets * std::max(dose.reps, 1) * rep;
  }
  const int rests = std::max(0, dose.sets * sides - 1);
  return kEstimateRule.setup_seconds + static_cast<int>(std::ceil(work * sides)) +
         rests * dose.rest_seconds;
}

int reps_ceiling(const PersonLimits& limits) {
  return limits.older_adult ? kDosageRule.older_adult_reps_max : kDosageRule.reps_ceiling;
}

int reps_ceiling(const Exercise& exercise, const Dosage& dose, const PersonLimits& limits) {
  if (exercise.kind == Kind::stretch && counts_holds(dose)) {
    return kDosageRule.stretch_holds_ceiling;
  }
  return reps_ceiling(limits);
}

int hold_ceiling(const PersonLimits& limits) {
  return limits.older_adult ? kDosageRule.older_adult_hold_ceiling : kDosageRule.hold_ceiling;
}

Dosage lighter_dose(Dosage dose) {
  const int fewest = counts_holds(dose) ? std::min(dose.reps, kDosageRule.fewest_holds) : 1;
  if (dose.reps > 1) dose.reps = std::max(fewest, dose.reps * 3 / 4);
  if (dose.hold_seconds > 5) dose.hold_seconds = std::max(5, dose.hold_seconds * 3 / 4);
  if (dose.minutes > 0) {
    dose.minutes = std::max(kDosageRule.shortest_walk_minutes, dose.minutes * 3 / 4);
  }
  dose.sets = std::max(1, dose.sets - 1);
  dose.rest_seconds = std::max(dose.rest_seconds + 15, dose.rest_seconds * 3 / 2);
  return dose;
}

}  // namespace motus::core::program
