// Red flags and review triggers (docs/clinical-sources.md §3). The expected tiers are written out
// here from docs/clinical-sources.md §3, not taken from the rule table, so a wrong table entry
// fails.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "core/assessment/assessment.hpp"
#include "core/assessment/flare_check.hpp"

namespace a = motus::core::assessment;

namespace {

a::Intake quiet_intake() {
  a::Intake intake;
  intake.age = 35;
  intake.duration_weeks = 4;
  intake.pain_now = 4;
  return intake;
}

bool has_reason(const std::vector<a::TriageReason>& reasons, const std::string& code) {
  return std::any_of(reasons.begin(), reasons.end(),
                     [&](const a::TriageReason& r) { return r.code == code; });
}

// Each red flag ticked alone on a quiet intake (35, pain for 4 weeks, onset not said): the tier
// and reason code at intake, and the tier in a flare check (which holds no history).
struct Expected {
  a::RedFlag flag;
  a::Tier intake_tier;
  std::string code;
  a::Tier flare_tier;
};

const std::vector<Expected> kExpected{
    {a::RedFlag::saddle_numbness, a::Tier::emergency, "saddle_numbness", a::Tier::emergency},
    {a::RedFlag::bladder_change, a::Tier::emergency, "bladder_change", a::Tier::emergency},
    {a::RedFlag::bowel_incontinence, a::Tier::emergency, "bowel_incontinence", a::Tier::emergency},
    {a::RedFlag::sexual_dysfunction_new, a::Tier::emergency, "sexual_dysfunction_new",
     a::Tier::emergency},
    {a::RedFlag::progressive_weakness, a::Tier::emergency, "progressive_weakness",
     a::Tier::emergency},
    {a::RedFlag::bilateral_leg_symptoms, a::Tier::emergency, "bilateral_leg_symptoms",
     a::Tier::emergency},
    {a::RedFlag::fever, a::Tier::emergency, "fever", a::Tier::emergency},
    {a::RedFlag::cancer_history, a::Tier::urgent, "cancer_history", a::Tier::urgent},
    {a::RedFlag::weight_loss_unexplained, a::Tier::urgent, "weight_loss_unexplained",
     a::Tier::urgent},
    {a::RedFlag::night_pain_constant, a::Tier::urgent, "night_pain_constant", a::Tier::urgent},
    {a::RedFlag::significant_trauma, a::Tier::urgent, "significant_trauma", a::Tier::urgent},
    {a::RedFlag::iv_drug_use, a::Tier::urgent, "iv_drug_use", a::Tier::urgent},
    {a::RedFlag::immunosuppressed, a::Tier::urgent, "immunosuppressed", a::Tier::urgent},
    // Fracture risk factors: new pain with the onset not said counts as sudden (Downie 2013);
    // a flare check holds no onset, so there they set no tier.
    {a::RedFlag::osteoporosis, a::Tier::urgent, "fragility_fracture", a::Tier::self_care},
    {a::RedFlag::steroid_use_long_term, a::Tier::urgent, "fragility_fracture", a::Tier::self_care},
    {a::RedFlag::unwell_or_infection, a::Tier::urgent, "unwell_or_infection", a::Tier::urgent},
    {a::RedFlag::recent_spinal_procedure, a::Tier::urgent, "recent_spinal_procedure",
     a::Tier::urgent},
    // Blood thinners count only with a fall or a procedure.
    {a::RedFlag::blood_thinners, a::Tier::self_care, "", a::Tier::self_care},
    {a::RedFlag::tearing_pain, a::Tier::emergency, "tearing_pain", a::Tier::emergency},
    {a::RedFlag::pulsing_belly_lump, a::Tier::emergency, "pulsing_belly_lump", a::Tier::emergency},
    {a::RedFlag::pregnancy_bleeding, a::Tier::emergency, "pregnancy_warning", a::Tier::emergency},
    {a::RedFlag::pregnancy_fluid_loss, a::Tier::emergency, "pregnancy_warning", a::Tier::emergency},
    {a::RedFlag::pregnancy_tightenings, a::Tier::emergency, "pregnancy_warning",
     a::Tier::emergency},
    {a::RedFlag::reduced_baby_movements, a::Tier::emergency, "pregnancy_warning",
     a::Tier::emergency},
};

}  // namespace

TEST(Triage, EveryRedFlagListedOnce) { EXPECT_EQ(kExpected.size(), a::enum_count<a::RedFlag>()); }

TEST(Triage, EachRedFlagAloneSetsItsTier) {
  for (const auto& expected : kExpected) {
    SCOPED_TRACE(std::string(a::name_of(expected.flag)));
    a::Intake intake = quiet_intake();
    intake.red_flags.insert(expected.flag);
    const a::Triage result = a::triage(intake);
    EXPECT_EQ(result.tier, expected.intake_tier);
    if (expected.intake_tier != a::Tier::self_care) {
      EXPECT_TRUE(has_reason(result.reasons, expected.code));
    } else {
      EXPECT_TRUE(result.reasons.empty());
    }
  }
}

TEST(Triage, EachRedFlagAloneSetsItsTierInAFlareCheck) {
  for (const auto& expected : kExpected) {
    SCOPED_TRACE(std::string(a::name_of(expected.flag)));
    a::FlareCheck check;
    check.pain_now = 6;
    check.red_flags.insert(expected.flag);
    EXPECT_EQ(a::recheck(check).tier, expected.flare_tier);
  }
}

TEST(Triage, NoFlagsIsSelfCare) {
  const a::Triage result = a::triage(quiet_intake());
  EXPECT_EQ(result.tier, a::Tier::self_care);
  EXPECT_TRUE(result.reasons.empty());
}

TEST(Triage, HighPainAloneIsNotARedFlag) {
  a::Intake intake = quiet_intake();
  intake.pain_now = 10;
  intake.pain_worst_week = 10;
  EXPECT_EQ(a::triage(intake).tier, a::Tier::self_care);
}

TEST(Triage, NerveSignsInBothLegsAreAnEmergency) {
  for (auto sign :
       {&a::LegSymptoms::numbness, &a::LegSymptoms::tingling, &a::LegSymptoms::weakness}) {
    a::Intake intake = quiet_intake();
    intake.leg_symptoms.side = a::Side::both;
    intake.leg_symptoms.*sign = true;
    const a::Triage result = a::triage(intake);
    EXPECT_EQ(result.tier, a::Tier::emergency);
    EXPECT_TRUE(has_reason(result.reasons, "bilateral_leg_symptoms"));
  }
  a::Intake one_side = quiet_intake();
  one_side.leg_symptoms = {true, true, false, a::Side::left};
  EXPECT_EQ(a::triage(one_side).tier, a::Tier::self_care);
  // Weakness in one leg, not said to be getting worse: a routine review.
  one_side.leg_symptoms.weakness = true;
  EXPECT_EQ(a::triage(one_side).tier, a::Tier::routine);
  EXPECT_TRUE(has_reason(a::triage(one_side).reasons, "motor_deficit_stable"));
}

TEST(Triage, ConstantNightPainAnswerIsUrgentAndListedOnce) {
  a::Intake intake = quiet_intake();
  intake.night_pain = a::NightPain::constant;
  intake.red_flags.insert(a::RedFlag::night_pain_constant);
  const a::Triage result = a::triage(intake);
  EXPECT_EQ(result.tier, a::Tier::urgent);
  EXPECT_EQ(result.reasons.size(), 1u);
}

TEST(Triage, NewPainAgeBoundaries) {
  const std::vector<std::pair<int, a::Tier>> ages{
      {16, a::Tier::urgent},    {19, a::Tier::urgent},  {20, a::Tier::self_care},
      {55, a::Tier::self_care}, {56, a::Tier::routine}, {110, a::Tier::routine}};
  for (const auto& [age, tier] : ages) {
    a::Intake intake = quiet_intake();
    intake.age = age;
    EXPECT_EQ(a::triage(intake).tier, tier) << "age " << age;
    intake.duration_weeks = 12;  // no longer new
    EXPECT_EQ(a::triage(intake).tier, a::Tier::self_care) << "age " << age << ", 12 weeks";
  }
}

TEST(Triage, SuddenPainMattersOnlyForFragileBone) {
  a::Intake intake = quiet_intake();
  intake.trigger = a::Trigger::fall;
  intake.onset = a::Onset::sudden;
  EXPECT_EQ(a::triage(intake).tier, a::Tier::self_care);
  intake.red_flags.insert(a::RedFlag::steroid_use_long_term);
  EXPECT_EQ(a::triage(intake).tier, a::Tier::urgent);
  EXPECT_TRUE(has_reason(a::triage(intake).reasons, "fragility_fracture"));
  // With no trigger at all (a cough, a bend, nothing), sudden pain is still urgent.
  intake.trigger = a::Trigger::none;
  EXPECT_EQ(a::triage(intake).tier, a::Tier::urgent);
  // Pain that came on slowly, with no jolt, is not the flag.
  intake.trigger = a::Trigger::overuse;
  intake.onset = a::Onset::gradual;
  EXPECT_EQ(a::triage(intake).tier, a::Tier::self_care);
}

TEST(Triage, NerveSignWithSeriousHistoryIsAnEmergency) {
  for (const auto history :
       {a::RedFlag::cancer_history, a::RedFlag::immunosuppressed, a::RedFlag::iv_drug_use}) {
    SCOPED_TRACE(std::string(a::name_of(history)));
    a::Intake intake = quiet_intake();
    intake.red_flags.insert(history);
    EXPECT_EQ(a::triage(intake).tier, a::Tier::urgent);
    intake.leg_symptoms = {false, true, false, a::Side::right};
    EXPECT_EQ(a::triage(intake).tier, a::Tier::emergency);
    EXPECT_TRUE(has_reason(a::triage(intake).reasons, "nerve_sign_serious_history"));
  }
}

TEST(Triage, NerveSignsWithNoSideMayBeBothLegs) {
  a::Intake intake = quiet_intake();
  intake.leg_symptoms.tingling = true;
  EXPECT_EQ(a::triage(intake).tier, a::Tier::emergency);
  EXPECT_TRUE(has_reason(a::triage(intake).reasons, "bilateral_leg_symptoms"));
  intake.leg_symptoms.side = a::Side::right;
  EXPECT_EQ(a::triage(intake).tier, a::Tier::self_care);
  // Both legs marked below the buttock on the body map, whatever side was said.
  intake.locations = {a::Location::thigh_back_left, a::Location::foot_right};
  EXPECT_EQ(a::triage(intake).tier, a::Tier::emergency);
}

TEST(Triage, PainBelowBothKneesAsksBeforeSettling) {
  a::Intake intake = quiet_intake();
  intake.locations = {a::Location::below_knee_left, a::Location::below_knee_right};
  EXPECT_EQ(a::triage(intake).tier, a::Tier::routine);
  EXPECT_TRUE(has_reason(a::triage(intake).reasons, "both_legs_unclear"));
  intake.red_flags_denied.insert(a::RedFlag::bilateral_leg_symptoms);
  EXPECT_EQ(a::triage(intake).tier, a::Tier::self_care);
}

TEST(Triage, FirstEpisodeOverFiftyFiveOnlyWhenNothingElse) {
  a::Intake intake = quiet_intake();
  intake.age = 60;
  EXPECT_EQ(a::triage(intake).reasons.size(), 1u);
  EXPECT_TRUE(has_reason(a::triage(intake).reasons, "first_episode_older"));
  intake.red_flags.insert(a::RedFlag::weight_loss_unexplained);
  EXPECT_FALSE(has_reason(a::triage(intake).reasons, "first_episode_older"));
}

TEST(Triage, PregnancyAndYouthNeverHideARedFlag) {
  a::Intake intake = quiet_intake();
  intake.pregnancy = a::Pregnancy::trimester3;
  intake.pain_now = 10;
  intake.red_flags.insert(a::RedFlag::saddle_numbness);
  EXPECT_EQ(a::triage(intake).tier, a::Tier::emergency);
  intake.age = 16;
  EXPECT_EQ(a::triage(intake).tier, a::Tier::emergency);
}

TEST(Triage, MostUrgentReasonComesFirst) {
  a::Intake intake = quiet_intake();
  intake.age = 16;
  intake.red_flags.insert(a::RedFlag::cancer_history);
  intake.red_flags.insert(a::RedFlag::fever);
  const a::Triage result = a::triage(intake);
  ASSERT_EQ(result.reasons.size(), 3u);
  EXPECT_EQ(result.reasons[0].code, "fever");
  EXPECT_EQ(result.reasons[2].code, "new_pain_age");
  EXPECT_EQ(result.tier, a::Tier::emergency);
  for (const auto& reason : result.reasons) EXPECT_FALSE(reason.text.empty());
}

TEST(Triage, InflammatoryThreeVersusFourCriteria) {
  a::Intake intake = quiet_intake();
  intake.age = 42;  // began at 41: not before 40, not before 35
  intake.duration_weeks = 52;
  intake.onset = a::Onset::gradual;
  intake.better_with_exercise = true;
  intake.night_pain = a::NightPain::wakes_second_half;
  intake.locations = {a::Location::buttock_left};  // NICE: waking, buttock, better moving = 3
  a::Triage three = a::triage(intake);
  EXPECT_EQ(three.tier, a::Tier::routine);
  EXPECT_TRUE(has_reason(three.reasons, "inflammatory_possible"));
  intake.better_with_rest = false;
  a::Triage four = a::triage(intake);
  EXPECT_EQ(four.tier, a::Tier::routine);
  EXPECT_TRUE(has_reason(four.reasons, "inflammatory_pattern"));
  EXPECT_FALSE(has_reason(four.reasons, "inflammatory_possible"));
  intake.better_with_exercise.reset();
  intake.better_with_rest.reset();
  intake.onset.reset();
  EXPECT_EQ(a::triage(intake).tier, a::Tier::self_care);
}

TEST(FlareCheck, NewNerveSignsInOneLegAskForReview) {
  a::FlareCheck check;
  check.pain_now = 7;
  check.new_symptoms = true;
  check.leg_symptoms = {false, true, false, a::Side::right};
  const a::FlareOutcome outcome = a::recheck(check);
  EXPECT_EQ(outcome.tier, a::Tier::routine);
  EXPECT_TRUE(has_reason(outcome.reasons, "new_leg_symptoms"));
  check.leg_symptoms.side = a::Side::both;
  EXPECT_EQ(a::recheck(check).tier, a::Tier::emergency);
}

TEST(FlareCheck, PainAloneStaysSelfCareWithAdvice) {
  a::FlareCheck check;
  check.pain_now = 9;
  const a::FlareOutcome outcome = a::recheck(check);
  EXPECT_EQ(outcome.tier, a::Tier::self_care);
  EXPECT_TRUE(outcome.reasons.empty());
  EXPECT_GE(outcome.advice.size(), 2u);
}

TEST(FlareCheck, NewNerveSignWithCancerHistoryFromTheIntakeIsAnEmergency) {
  a::Intake intake = quiet_intake();
  intake.red_flags.insert(a::RedFlag::cancer_history);
  a::FlareCheck check;
  check.pain_now = 6;
  check.new_symptoms = true;
  check.leg_symptoms = {true, false, false, a::Side::left};
  EXPECT_EQ(a::recheck(check).tier, a::Tier::routine);
  check.history = a::lasting_history(intake);
  const auto outcome = a::recheck(check);
  EXPECT_EQ(outcome.tier, a::Tier::emergency);
  EXPECT_TRUE(has_reason(outcome.reasons, "nerve_sign_serious_history"));
  // The history alone raises no new reason at a flare.
  check.leg_symptoms = {};
  EXPECT_EQ(a::recheck(check).tier, a::Tier::self_care);
}
