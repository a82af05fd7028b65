// The mood questionnaire's safety rules: question 9 above "not at all" and a total in the
// severe band each raise their own finding; other instruments raise none.
#include "core/instruments/safety.hpp"

#include <gtest/gtest.h>

#include "definitions.hpp"

namespace motus::test {
namespace {

namespace ins = core::instruments;

const std::vector<std::string> kPhq9 = {"item_1", "item_2", "item_3", "item_4", "item_5",
                                        "item_6", "item_7", "item_8", "item_9"};

std::vector<ins::SafetyFinding> findings_for(const std::vector<int>& values) {
  const auto& phq9 = shipped("phq9");
  const auto answers = answers_for(kPhq9, values);
  return ins::safety_findings(phq9, answers, ins::score_answers(phq9, answers));
}

std::vector<ins::SafetyConcern> concerns(const std::vector<ins::SafetyFinding>& findings) {
  std::vector<ins::SafetyConcern> out;
  for (const auto& finding : findings) out.push_back(finding.concern);
  return out;
}

TEST(Safety, CalmAnswersFindNothing) {
  EXPECT_TRUE(findings_for({1, 1, 2, 2, 1, 0, 1, 0, 0}).empty());
}

TEST(Safety, AnyAnswerAboveNotAtAllToQuestion9IsFound) {
  for (int value : {1, 2, 3}) {
    const auto found = findings_for({0, 0, 0, 0, 0, 0, 0, 0, value});
    ASSERT_EQ(found.size(), 1u) << value;
    EXPECT_EQ(found[0].concern, ins::SafetyConcern::self_harm_thoughts);
    EXPECT_EQ(found[0].code, "phq9_item_9");
  }
}

TEST(Safety, ATotalOf20IsSevereAnd19IsNot) {
  EXPECT_EQ(concerns(findings_for({3, 3, 3, 3, 3, 3, 2, 0, 0})),
            std::vector<ins::SafetyConcern>{ins::SafetyConcern::severe_depression});
  EXPECT_TRUE(findings_for({3, 3, 3, 3, 3, 3, 1, 0, 0}).empty());
}

TEST(Safety, BothAreFoundWithThoughtsOfSelfHarmFirst) {
  EXPECT_EQ(concerns(findings_for({3, 3, 3, 3, 3, 3, 3, 3, 2})),
            (std::vector<ins::SafetyConcern>{ins::SafetyConcern::self_harm_thoughts,
                                             ins::SafetyConcern::severe_depression}));
}

TEST(Safety, OtherInstrumentsFindNothingEvenAtTheirHighest) {
  const auto& gad7 = shipped("gad7");
  std::vector<std::string> items;
  for (const auto& item : gad7.items) items.push_back(item.id);
  const auto answers = answers_for(items, std::vector<int>(items.size(), 3));
  EXPECT_TRUE(ins::safety_findings(gad7, answers, ins::score_answers(gad7, answers)).empty());
}

TEST(Safety, CrisisGuidanceNamesWhereToTurnNow) {
  const auto guidance = ins::crisis_guidance();
  std::string all = guidance.title;
  for (const auto& step : guidance.steps) all += "\n" + step;
  for (const std::string words : {"not alone", "emergency number", "988", "Samaritans", "116 123",
                                  "someone you trust", "care team"}) {
    EXPECT_NE(all.find(words), std::string::npos) << words;
  }
}

}  // namespace
}  // namespace motus::test
