#include <algorithm>

#include "core/assessment/flare_check.hpp"
#include "core/assessment/inflammatory_signs.hpp"
#include "core/assessment/triage_rules.hpp"

namespace motus::core::assessment {
namespace {

void add(const TriageRule& rule, Triage& triage) {
  triage.reasons.push_back({std::string(rule.code), std::string(rule.text), rule.tier});
}

// Both legs count whether the person ticked the red flag or described nerve signs on both
// sides; constant night pain counts whether ticked or given as the night-pain answer.
void add_red_flags(EnumSet<RedFlag> flags, const LegSymptoms& legs, bool constant_night_pain,
                   Triage& triage) {
  if (legs.side == Side::both && legs.any_nerve_sign()) {
    flags.insert(RedFlag::bilateral_leg_symptoms);
  }
  if (constant_night_pain) flags.insert(RedFlag::night_pain_constant);
  for (const RedFlagRule& entry : red_flag_rules()) {
    if (flags.contains(entry.flag)) add(entry.rule, triage);
  }
}

// The tier is the most urgent reason's; reasons are listed most urgent first, and within a
// tier in table order, so the output is the same for the same answers.
Triage settle(Triage triage) {
  std::stable_sort(
      triage.reasons.begin(), triage.reasons.end(),
      [](const TriageReason& a, const TriageReason& b) { return more_urgent(a.tier, b.tier); });
  triage.tier = triage.reasons.empty() ? Tier::self_care : triage.reasons.front().tier;
  return triage;
}

bool new_pain_at_risky_age(const Intake& intake) {
  const bool risky_age = intake.age < kNewPainYoungerThan || intake.age > kNewPainOlderThan;
  return risky_age && intake.duration_weeks < kNewPainUnderWeeks;
}

bool minor_trauma_on_fragile_bone(const Intake& intake) {
  const bool fragile =
      intake.red_flags.contains_any({RedFlag::osteoporosis, RedFlag::steroid_use_long_term});
  const bool injured = intake.trigger.has_value() && kMinorTraumaTriggers.contains(*intake.trigger);
  return fragile && injured;
}

}  // namespace

// Pregnancy, high pain and youth are deliberately not inputs here: none of them may hide a
// red flag, and high pain alone is not one.
Triage triage(const Intake& intake) {
  Triage result;
  add_red_flags(intake.red_flags, intake.leg_symptoms, intake.night_pain == NightPain::constant,
                result);
  if (minor_trauma_on_fragile_bone(intake)) add(kMinorTraumaFragileBone, result);
  if (new_pain_at_risky_age(intake)) add(kNewPainAge, result);
  const int inflammatory = inflammatory_signs(intake).strongest();
  if (inflammatory >= kInflammatoryRefer) {
    add(kInflammatoryPattern, result);
  } else if (inflammatory == kInflammatoryTest) {
    add(kInflammatoryPossible, result);
  }
  return settle(std::move(result));
}

Triage triage(const FlareCheck& check) {
  Triage result;
  add_red_flags(check.red_flags, check.leg_symptoms, false, result);
  const bool one_leg = check.leg_symptoms.side != Side::both;
  if (check.new_symptoms == true && check.leg_symptoms.any_nerve_sign() && one_leg) {
    add(kNewLegSymptoms, result);
  }
  return settle(std::move(result));
}

}  // namespace motus::core::assessment
