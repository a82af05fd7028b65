// Red flags and review triggers (domain.md §3). The expected tiers are written out here from
// the domain brief, not taken from the rule table, so a wrong table entry fails.
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

const std::vector<std::pair<a::RedFlag, a::Tier>> kExpectedTier{
    {a::RedFlag::saddle_numbness, a::Tier::emergency},
    {a::RedFlag::bladder_change, a::Tier::emergency},
    {a::RedFlag::bowel_incontinence, a::Tier::emergency},
    {a::RedFlag::sexual_dysfunction_new, a::Tier::emergency},
    {a::RedFlag::progressive_weakness, a::Tier::emergency},
    {a::RedFlag::bilateral_leg_symptoms, a::Tier::emergency},
    {a::RedFlag::fever, a::Tier::emergency},
    {a::RedFlag::cancer_history, a::Tier::urgent},
    {a::RedFlag::weight_loss_unexplained, a::Tier::urgent},
    {a::RedFlag::night_pain_constant, a::Tier::urgent},
    {a::RedFlag::significant_trauma, a::Tier::urgent},
    {a::RedFlag::iv_drug_use, a::Tier::urgent},
    {a::RedFlag::immunosuppressed, a::Tier::urgent},
    // Fracture risk factors: a trigger only together with a minor injury.
    {a::RedFlag::osteoporosis, a::Tier::self_care},
    {a::RedFlag::steroid_use_long_term, a::Tier::self_care},
};

}  // namespace

TEST(Triage, EveryRedFlagListedOnce) {
  EXPECT_EQ(kExpectedTier.size(), a::enum_count<a::RedFlag>());
}

TEST(Triage, EachRedFlagAloneSetsItsTier) {
  for (const auto& [flag, tier] : kExpectedTier) {
    SCOPED_TRACE(std::string(a::name_of(flag)));
    a::Intake intake = quiet_intake();
    intake.red_flags.insert(flag);
    const a::Triage result = a::triage(intake);
    EXPECT_EQ(result.tier, tier);
    if (tier != a::Tier::self_care) {
      EXPECT_TRUE(has_reason(result.reasons, std::string(a::name_of(flag))));
    } else {
      EXPECT_TRUE(result.reasons.empty());
    }
  }
}

TEST(Triage, EachRedFlagAloneSetsItsTierInAFlareCheck) {
  for (const auto& [flag, tier] : kExpectedTier) {
    SCOPED_TRACE(std::string(a::name_of(flag)));
    a::FlareCheck check;
    check.pain_now = 6;
    check.red_flags.insert(flag);
    EXPECT_EQ(a::recheck(check).tier, tier);
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
  one_side.leg_symptoms = {true, true, true, a::Side::left};
  EXPECT_EQ(a::triage(one_side).tier, a::Tier::self_care);
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
      {16, a::Tier::urgent},    {19, a::Tier::urgent}, {20, a::Tier::self_care},
      {55, a::Tier::self_care}, {56, a::Tier::urgent}, {110, a::Tier::urgent}};
  for (const auto& [age, tier] : ages) {
    a::Intake intake = quiet_intake();
    intake.age = age;
    EXPECT_EQ(a::triage(intake).tier, tier) << "age " << age;
    intake.duration_weeks = 12;  // no longer new
    EXPECT_EQ(a::triage(intake).tier, a::Tier::self_care) << "age " << age << ", 12 weeks";
  }
}

TEST(Triage, MinorInjuryMattersOnlyForFragileBone) {
  a::Intake intake = quiet_intake();
  intake.trigger = a::Trigger::fall;
  EXPECT_EQ(a::triage(intake).tier, a::Tier::self_care);
  intake.red_flags.insert(a::RedFlag::steroid_use_long_term);
  EXPECT_EQ(a::triage(intake).tier, a::Tier::urgent);
  EXPECT_TRUE(has_reason(a::triage(intake).reasons, "minor_trauma_fragile_bone"));
  intake.trigger = a::Trigger::overuse;
  EXPECT_EQ(a::triage(intake).tier, a::Tier::self_care);
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
  intake.age = 60;
  intake.red_flags.insert(a::RedFlag::cancer_history);
  intake.red_flags.insert(a::RedFlag::fever);
  const a::Triage result = a::triage(intake);
  ASSERT_EQ(result.reasons.size(), 3u);
  EXPECT_EQ(result.reasons[0].code, "fever");
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
