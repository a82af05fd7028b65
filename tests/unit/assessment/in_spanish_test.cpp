// Every sentence the assessment can say has its Spanish, and an assessment read in Spanish
// carries no English sentence; the English (the `motus assess` contract) is unchanged.
#include "core/assessment/in_spanish.hpp"

#include <gtest/gtest.h>

#include <string>

#include "core/assessment/advice.hpp"
#include "core/assessment/assessment.hpp"
#include "core/assessment/assessment_json.hpp"
#include "core/assessment/criteria.hpp"
#include "core/assessment/flare_questions.hpp"
#include "core/assessment/triage_rules.hpp"

namespace motus::core::assessment {
namespace {

void expect_spanish(std::string_view english) {
  const auto spanish = in_spanish(english);
  ASSERT_TRUE(spanish.has_value()) << "no Spanish for: " << english;
  EXPECT_NE(*spanish, english);
  EXPECT_FALSE(spanish->empty());
}

TEST(InSpanish, EveryTriageReason) {
  for (const TriageRule* rule : all_triage_rules()) expect_spanish(rule->text);
}

TEST(InSpanish, EveryAdviceForEveryTierAndPattern) {
  for (Tier tier : {Tier::emergency, Tier::urgent, Tier::routine, Tier::self_care}) {
    for (int p = 0; p <= static_cast<int>(Pattern::nonspecific); ++p) {
      for (const auto& sentence : advice_for(tier, static_cast<Pattern>(p)))
        expect_spanish(sentence);
    }
    for (const auto& sentence : flare_advice_for(tier)) expect_spanish(sentence);
  }
}

TEST(InSpanish, EveryEvidenceAndQuestion) {
  for (const Criterion& criterion : criteria()) expect_spanish(criterion.evidence);
  expect_spanish(kNonspecificWhenTop);
  expect_spanish(kNonspecificWhenBehind);
  for (const FlareQuestion& question : flare_questions()) expect_spanish(question.text);
}

TEST(InSpanish, ThePregnancyNoteFollowsItsReason) {
  const std::string english =
      "Weakness in your legs that is getting worse needs a doctor today. In pregnancy this needs "
      "your midwife, maternity unit or a doctor today.";
  const auto spanish = in_spanish(english);
  ASSERT_TRUE(spanish.has_value());
  EXPECT_EQ(spanish->rfind("Una debilidad en las piernas", 0), 0u);
  EXPECT_NE(spanish->find("partera"), std::string::npos);
  EXPECT_EQ(in_spanish("A sentence nobody wrote."), std::nullopt);
  EXPECT_EQ(in_language("A sentence nobody wrote.", Language::es), "A sentence nobody wrote.");
}

TEST(InSpanish, AnAssessmentReadsInSpanishAndStaysEnglishByDefault) {
  const Intake intake = parse_intake(R"({"age": 50, "duration_weeks": 20, "pain_now": 6,
      "locations": ["sacrum_left", "buttock_left"], "points_to_one_spot": true,
      "red_flags": {"cancer_history": true}})");
  const auto english = to_json(assess(intake));
  EXPECT_EQ(assessment_in(english, Language::en), english);
  const auto spanish = assessment_in(english, Language::es);
  ASSERT_FALSE(spanish["reasons"].empty());
  EXPECT_EQ(spanish["tier"], english["tier"]);
  EXPECT_EQ(spanish["reasons"][0]["code"], english["reasons"][0]["code"]);
  for (const auto& reason : spanish["reasons"]) {
    EXPECT_EQ(in_spanish(reason["text"].get<std::string>()), std::nullopt) << "still English";
  }
  for (std::size_t i = 0; i < english["advice"].size(); ++i) {
    EXPECT_EQ(spanish["advice"][i], *in_spanish(english["advice"][i].get<std::string>()));
  }
  for (std::size_t p = 0; p < english["patterns"].size(); ++p) {
    for (std::size_t e = 0; e < english["patterns"][p]["evidence"].size(); ++e) {
      EXPECT_NE(spanish["patterns"][p]["evidence"][e], english["patterns"][p]["evidence"][e]);
    }
  }
}

}  // namespace
}  // namespace motus::core::assessment
