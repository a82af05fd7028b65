// Pattern ranking and the assessment's JSON shape (docs/api-contract.md "Assessment (output)").
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "core/assessment/assessment.hpp"
#include "core/assessment/assessment_json.hpp"
#include "core/assessment/criteria.hpp"

namespace a = motus::core::assessment;

namespace {

a::Intake si_picture() {
  a::Intake intake;
  intake.age = 40;
  intake.duration_weeks = 8;
  intake.pain_now = 5;
  intake.locations = {a::Location::sacrum_right, a::Location::buttock_right};
  intake.points_to_one_spot = true;
  intake.aggravating = {a::Aggravator::stairs, a::Aggravator::standing_one_leg};
  return intake;
}

}  // namespace

TEST(PatternRanking, AllEightPatternsSortedBestFirstWithinZeroToOne) {
  const auto patterns = a::rank_patterns(si_picture());
  ASSERT_EQ(patterns.size(), 8u);
  std::set<a::Pattern> seen;
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    seen.insert(patterns[i].pattern);
    EXPECT_GE(patterns[i].score, 0.0);
    EXPECT_LE(patterns[i].score, 1.0);
    if (i > 0) {
      EXPECT_GE(patterns[i - 1].score, patterns[i].score);
    }
  }
  EXPECT_EQ(seen.size(), 8u);
  EXPECT_EQ(patterns[0].pattern, a::Pattern::si_joint);
  EXPECT_FALSE(patterns[0].evidence.empty());
}

TEST(PatternRanking, NothingSaidGivesNonspecific) {
  a::Intake intake;
  intake.age = 40;
  intake.duration_weeks = 2;
  const auto patterns = a::rank_patterns(intake);
  EXPECT_EQ(patterns[0].pattern, a::Pattern::nonspecific);
  EXPECT_DOUBLE_EQ(patterns[0].score, a::kNonspecificPoints / 100.0);
  // The zero scores tie: they keep the order of Pattern, so the ranking is deterministic.
  EXPECT_EQ(patterns[1].pattern, a::Pattern::si_joint);
  EXPECT_EQ(patterns[7].pattern, a::Pattern::coccydynia);
}

TEST(PatternRanking, KneeRuleSeparatesSiFromSciatica) {
  a::Intake intake = si_picture();
  intake.points_to_one_spot.reset();
  intake.locations = {a::Location::buttock_right, a::Location::below_knee_right,
                      a::Location::foot_right};
  intake.leg_symptoms = {true, true, false, a::Side::right};
  const auto patterns = a::rank_patterns(intake);
  EXPECT_EQ(patterns[0].pattern, a::Pattern::radicular);
  bool knee_evidence = false;
  for (const auto& line : patterns[0].evidence) knee_evidence |= line == "pain goes below the knee";
  EXPECT_TRUE(knee_evidence);
}

TEST(PatternRanking, SameIntakeSameRanking) {
  const auto first = a::to_json(a::assess(si_picture())).dump();
  EXPECT_EQ(first, a::to_json(a::assess(si_picture())).dump());
}

TEST(Criteria, EveryRowHasEvidenceAndACitation) {
  for (const a::Criterion& row : a::criteria()) {
    SCOPED_TRACE(std::string(row.feature));
    EXPECT_FALSE(row.evidence.empty());
    EXPECT_FALSE(row.citation.empty());
    EXPECT_NE(row.points, 0);
    EXPECT_NE(row.pattern, a::Pattern::nonspecific);
  }
}

TEST(AssessmentJson, HasExactlyTheContractKeys) {
  const auto out = a::to_json(a::assess(si_picture()));
  std::vector<std::string> keys;
  for (const auto& [key, value] : out.items()) keys.push_back(key);
  EXPECT_EQ(keys, (std::vector<std::string>{"tier", "reasons", "patterns", "advice", "instruments",
                                            "follow_up"}));
  EXPECT_TRUE(out["follow_up"].is_array());
  EXPECT_EQ(out["tier"], "self_care");
  EXPECT_EQ(out["patterns"][0]["id"], "si_joint");
  EXPECT_TRUE(out["patterns"][0]["score"].is_number());
  EXPECT_TRUE(out["patterns"][0]["evidence"].is_array());
  EXPECT_EQ(out["instruments"][0], "nprs");
  EXPECT_EQ(out["instruments"][1], "psfs");
  const std::string last_advice = out["advice"].back();
  EXPECT_NE(last_advice.find("not medical advice"), std::string::npos);
}

TEST(Advice, EmergencySaysGoNowAndStopExercise) {
  a::Intake intake = si_picture();
  intake.red_flags.insert(a::RedFlag::bowel_incontinence);
  const a::Assessment result = a::assess(intake);
  ASSERT_FALSE(result.advice.empty());
  EXPECT_NE(result.advice[0].find("emergency"), std::string::npos);
  EXPECT_NE(result.advice[0].find("Stop the exercises"), std::string::npos);
  EXPECT_TRUE(result.instruments.empty());
}
