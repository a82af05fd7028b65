#include <algorithm>
#include <array>

#include "core/assessment/flare_check.hpp"
#include "core/assessment/inflammatory_signs.hpp"
#include "core/assessment/leg_regions.hpp"
#include "core/assessment/open_answers.hpp"
#include "core/assessment/triage_rules.hpp"

namespace motus::core::assessment {
namespace {

void add(const TriageRule& rule, Triage& triage) {
  triage.reasons.push_back({std::string(rule.code), std::string(rule.text), rule.tier});
}

// Both legs count whether the person ticked the red flag, said `side: both` with a nerve sign,
// or marked both legs below the buttock on the body map with a nerve sign. Nerve signs with no
// side given may be in both legs: they count too, with their own words (docs/clinical-sources.md
// §3: an answer not given is never read as "no"). Constant night pain counts whether ticked or
// given as the night-pain answer.
void add_red_flags(EnumSet<RedFlag> flags, const LegSymptoms& legs, EnumSet<Location> where,
                   bool constant_night_pain, Triage& triage) {
  const bool said_both = legs.any_nerve_sign() && legs.side == Side::both;
  const bool mapped_both = legs.any_nerve_sign() && legs_marked_on_both_sides(where);
  if (said_both || mapped_both) flags.insert(RedFlag::bilateral_leg_symptoms);
  if (constant_night_pain) flags.insert(RedFlag::night_pain_constant);
  for (const RedFlagRule& entry : red_flag_rules()) {
    if (flags.contains(entry.flag)) add(entry.rule, triage);
  }
  if (!flags.contains(RedFlag::bilateral_leg_symptoms) && legs.nerve_signs_maybe_both_legs()) {
    add(kBilateralSideNotSaid, triage);
  }
}

// Any nerve sign, in the legs or the cauda equina signs, next to a history that makes cord
// compression or an epidural abscess likelier (NICE NG234; IFOMPT 2020).
void add_nerve_sign_with_serious_history(EnumSet<RedFlag> flags, const LegSymptoms& legs,
                                         Triage& triage) {
  constexpr EnumSet<RedFlag> kNerveFlags{
      RedFlag::saddle_numbness,      RedFlag::bladder_change,
      RedFlag::bowel_incontinence,   RedFlag::sexual_dysfunction_new,
      RedFlag::progressive_weakness, RedFlag::bilateral_leg_symptoms};
  constexpr EnumSet<RedFlag> kHistory{RedFlag::cancer_history, RedFlag::immunosuppressed,
                                      RedFlag::iv_drug_use};
  const bool nerve_sign = legs.any_nerve_sign() || flags.contains_any(kNerveFlags);
  if (nerve_sign && flags.contains_any(kHistory)) add(kNerveSignSeriousHistory, triage);
}

// The tier is the most urgent reason's; reasons are listed most urgent first, and within a
// tier in the order found, so the output is the same for the same answers.
Triage settle(Triage triage) {
  std::stable_sort(
      triage.reasons.begin(), triage.reasons.end(),
      [](const TriageReason& a, const TriageReason& b) { return more_urgent(a.tier, b.tier); });
  triage.tier = triage.reasons.empty() ? Tier::self_care : triage.reasons.front().tier;
  return triage;
}

bool new_pain(const Intake& intake) { return intake.duration_weeks < kNewPainUnderWeeks; }

// Osteoporosis or long-term steroids with pain that came on suddenly, with or without a fall
// (Downie 2013). An onset not said counts while the pain is new: it is never read as gradual.
bool fragility_fracture_possible(const Intake& intake) {
  const bool fragile =
      intake.red_flags.contains_any({RedFlag::osteoporosis, RedFlag::steroid_use_long_term});
  if (!fragile) return false;
  const bool jolted = intake.trigger.has_value() && kMinorTraumaTriggers.contains(*intake.trigger);
  const bool sudden = intake.onset == Onset::sudden || (!intake.onset && new_pain(intake));
  return sudden || jolted;
}

// Blood thinners with new pain after a fall or a procedure on the spine (IFOMPT 2020).
bool bleed_possible(const Intake& intake) {
  if (!intake.red_flags.contains(RedFlag::blood_thinners)) return false;
  return intake.trigger == Trigger::fall ||
         intake.red_flags.contains_any(
             {RedFlag::recent_spinal_procedure, RedFlag::significant_trauma});
}

// Weakness in a leg that the person does not say is getting worse: at least a routine review
// (NICE CKS sciatica). Getting worse is the emergency `progressive_weakness`.
bool stable_motor_deficit(const Intake& intake) {
  return intake.leg_symptoms.weakness && !intake.red_flags.contains(RedFlag::progressive_weakness);
}

void add_inflammatory(const Intake& intake, Triage& triage) {
  const InflammatorySigns signs = inflammatory_signs(intake);
  if (!signs.applies) return;
  if (signs.asas >= kInflammatoryRefer || signs.nice >= kInflammatoryRefer) {
    add(kInflammatoryPattern, triage);
  } else if (signs.nice == kInflammatoryTest) {
    add(kInflammatoryPossible, triage);
  }
}

constexpr std::array kLastingHistory{RedFlag::cancer_history, RedFlag::immunosuppressed,
                                     RedFlag::iv_drug_use};

}  // namespace

EnumSet<RedFlag> lasting_history(const Intake& intake) {
  EnumSet<RedFlag> history;
  for (const RedFlag flag : kLastingHistory) {
    if (intake.red_flags.contains(flag)) history.insert(flag);
  }
  return history;
}

// Pregnancy, high pain and youth are deliberately not inputs that lower a tier: none of them
// may hide a red flag, and high pain alone is not one.
Triage triage(const Intake& intake) {
  Triage result;
  add_red_flags(intake.red_flags, intake.leg_symptoms, intake.locations,
                intake.night_pain == NightPain::constant, result);
  add_nerve_sign_with_serious_history(intake.red_flags, intake.leg_symptoms, result);
  if (fragility_fracture_possible(intake)) add(kFragilityFracture, result);
  if (bleed_possible(intake)) add(kBloodThinnerBleed, result);
  if (new_pain(intake) && intake.age < kNewPainYoungerThan) add(kNewPainAge, result);
  if (stable_motor_deficit(intake)) add(kMotorDeficitStable, result);
  // Pain below both knees with the both-legs question open: one more question, never a settled
  // self-care answer (docs/clinical-sources.md §3).
  if (both_legs_unclear(intake)) add(kBothLegsUnclear, result);
  add_inflammatory(intake, result);
  // A first episode after 55 is a review only when nothing else was found.
  if (result.reasons.empty() && new_pain(intake) && intake.age > kNewPainOlderThan) {
    add(kFirstEpisodeOlder, result);
  }
  return settle(std::move(result));
}

Triage triage(const FlareCheck& check) {
  Triage result;
  add_red_flags(check.red_flags, check.leg_symptoms, {}, false, result);
  EnumSet<RedFlag> known = check.red_flags;
  for (const RedFlag flag : kLastingHistory) {
    if (check.history.contains(flag)) known.insert(flag);
  }
  add_nerve_sign_with_serious_history(known, check.leg_symptoms, result);
  const bool one_leg =
      check.leg_symptoms.side == Side::left || check.leg_symptoms.side == Side::right;
  if (check.new_symptoms == true && check.leg_symptoms.any_nerve_sign() && one_leg) {
    add(kNewLegSymptoms, result);
  }
  return settle(std::move(result));
}

}  // namespace motus::core::assessment
