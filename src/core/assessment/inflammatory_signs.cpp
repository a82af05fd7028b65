#include "core/assessment/inflammatory_signs.hpp"

#include "core/assessment/triage_rules.hpp"

namespace motus::core::assessment {

int age_at_onset(const Intake& intake) { return intake.age - intake.duration_weeks / 52; }

InflammatorySigns inflammatory_signs(const Intake& intake) {
  InflammatorySigns signs;
  const int onset_age = age_at_onset(intake);
  const bool mechanical_start = intake.onset == Onset::sudden && intake.trigger.has_value() &&
                                kMinorTraumaTriggers.contains(*intake.trigger) &&
                                intake.better_with_rest == true;
  signs.applies = intake.duration_weeks >= kInflammatoryMinWeeks &&
                  onset_age < kInflammatoryOnsetBefore && !mechanical_start;
  if (!signs.applies) return signs;

  const bool wakes_late = intake.night_pain == NightPain::wakes_second_half;
  const bool better_moving =
      intake.better_with_exercise == true || intake.easing.contains(Easer::movement);

  // ASAS (Sieper 2009): onset < 40, insidious onset, better with exercise, no better with
  // rest, pain at night that wakes the person.
  signs.asas = (onset_age < kAsasOnsetBefore) + (intake.onset == Onset::gradual) +
               (intake.better_with_exercise == true) + (intake.better_with_rest == false) +
               wakes_late;

  // NICE NG65: onset < 35, waking in the second half of the night, buttock pain, better with
  // movement, better within 48 h of NSAIDs, a first-degree relative with spondyloarthritis,
  // psoriasis or enthesitis (one question in our intake).
  const bool buttock =
      intake.locations.contains_any({Location::buttock_left, Location::buttock_right});
  signs.nice = (onset_age < kNiceEarlyOnsetBefore) + wakes_late + buttock + better_moving +
               (intake.nsaid_helps == true) + (intake.family_history_spa == true) +
               (intake.psoriasis_or_enthesitis == true);
  return signs;
}

}  // namespace motus::core::assessment
