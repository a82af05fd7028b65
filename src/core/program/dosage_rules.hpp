#pragma once
// How a dose is set, timed and stepped up: every number here is reviewable data with its
// source. ACSM = American College of Sports Medicine, Guidelines for Exercise Testing and
// Prescription (stretch holds 10–30 s, 30–60 s for older adults; strength 8–12 reps, 10–15
// for older or frail adults).
#include "core/content/exercise.hpp"
#include "core/program/person_limits.hpp"

namespace motus::core::program {

// The time estimate of one exercise, in seconds:
//   setup + per side × (sets × reps × rep) + rest × (sets × sides − 1)
// where `rep` is the length of one animation cycle (the last keyframe's `at`) plus any hold
// beyond the default one, a hold-only set counts as one rep, a timed exercise counts its
// minutes, and `per side` is 2 for `sides: each`.
struct EstimateRule {
  int setup_seconds = 20;  // getting into position and reading the steps
};
inline constexpr EstimateRule kEstimateRule{};

struct DosageRule {
  int older_adult_stretch_hold_min = 30;  // ACSM older adults: 30–60 s
  int older_adult_reps_min = 10;          // ACSM older adults: 10–15 reps
  int older_adult_reps_max = 15;
  int reps_ceiling = 12;  // ACSM 8–12; 15 for older adults
  int hold_ceiling = 30;  // ACSM 10–30 s; 60 for older adults
  int older_adult_hold_ceiling = 60;
  int timed_hold_seconds = 10;       // a hold this long is timed, not a repetition:
                                     // ACSM's older-adult 10–15 reps do not count it
  int fewest_holds = 2;              // a hold is dosed as holds × seconds, never one hold
                                     // alone (ACSM: 2–4 repetitions of a stretch)
  int stretch_holds_ceiling = 4;     // ACSM: 2–4 repetitions of a stretch hold
  int rep_step = 2;                  // a progress adds 2 reps ...
  int hold_step = 5;                 // ... or 5 s of hold
  int sets_ceiling = 4;              // then a set, up to 4 (ACSM 2–4 repetitions)
  int settle_sets_cut = 1;           // the settle phase drops one set (never below 1)
  int default_minutes_per_day = 15;  // when the intake does not say
  int starting_share_percent = 80;   // a new program fills 80% of the day's minutes,
                                     // leaving room to step up within the budget
  int shortest_walk_minutes = 5;
  int walk_step_minutes = 5;      // a walk grows 5 minutes at a step ...
  int longest_walk_minutes = 30;  // ... up to 30 (docs/clinical-sources.md §4: 10–30 min)
};
inline constexpr DosageRule kDosageRule{};

// A dose counted in holds: `reps` holds of `hold_seconds` each (content/SCHEMA.md).
constexpr bool counts_holds(const Dosage& dose) {
  return dose.hold_seconds > 0 && dose.minutes == 0;
}

// A hold long enough to be timed (a plank, a balance stand), whose count is holds, not reps.
constexpr bool timed_hold(const Dosage& dose) {
  return counts_holds(dose) && dose.hold_seconds >= kDosageRule.timed_hold_seconds;
}

// The starting dose: the exercise's default, adjusted for age (ACSM) and, in the settle
// phase, one set lighter.
Dosage starting_dose(const Exercise& exercise, const PersonLimits& limits, bool settle);

// A lighter dose: fewer repeats, shorter holds, a shorter walk, a set less, longer rests. Holds
// stay at least kDosageRule.fewest_holds: never one hold alone. The program steps down to it
// when pain was too much, and the player offers it at once when a member says "This hurts".
Dosage lighter_dose(Dosage dose);

// Seconds the exercise takes at this dose (kEstimateRule).
int estimate_seconds(const Exercise& exercise, const Dosage& dose);

// The most reps and the longest hold a progress may reach for this person.
int reps_ceiling(const PersonLimits& limits);
// The most repeats of this exercise: for a stretch hold, ACSM's 4 repetitions.
int reps_ceiling(const Exercise& exercise, const Dosage& dose, const PersonLimits& limits);
int hold_ceiling(const PersonLimits& limits);

}  // namespace motus::core::program
