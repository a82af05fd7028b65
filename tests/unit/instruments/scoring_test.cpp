// Every scoring rule against examples worked out by hand.
#include <gtest/gtest.h>

#include "core/assessment/input_error.hpp"
#include "definitions.hpp"

namespace {

using motus::core::assessment::InputError;
using motus::core::instruments::Answer;
using motus::core::instruments::score_answers;
using motus::test::answers_for;
using motus::test::licensed;
using motus::test::numbered;
using motus::test::shipped;

std::string error_of(const motus::core::instruments::InstrumentDefinition& definition,
                     const std::vector<Answer>& answers) {
  try {
    score_answers(definition, answers);
  } catch (const InputError& error) {
    return error.what();
  }
  return "no error";
}

TEST(Nprs, SingleItemIsTheScoreWithItsBand) {
  auto score = score_answers(shipped("nprs"), {{"pain", 6, {}}});
  EXPECT_EQ(score.value, 6);
  ASSERT_TRUE(score.band);
  EXPECT_EQ(score.band->code, "moderate");
  EXPECT_EQ(score_answers(shipped("nprs"), {{"pain", 0, {}}}).band->code, "none");
  EXPECT_EQ(score_answers(shipped("nprs"), {{"pain", 7, {}}}).band->code, "severe");
}

TEST(Nprs, RejectsAPainAboveTenNamingTheAnswer) {
  EXPECT_EQ(error_of(shipped("nprs"), {{"pain", 11, {}}}).rfind("answers[0].value: 11 is not", 0),
            0u);
  EXPECT_EQ(error_of(shipped("nprs"), {}).rfind("answers: 0 of the 1", 0), 0u);
}

TEST(Psfs, ScoreIsTheMeanOfTheNamedActivities) {
  // (3 + 5 + 8 + 6) / 4 = 5.5
  std::vector<Answer> answers;
  const std::vector<int> ratings{3, 5, 8, 6};
  for (std::size_t i = 0; i < ratings.size(); ++i) {
    answers.push_back(
        {"activity_" + std::to_string(i + 1), ratings[i], "Activity " + std::to_string(i)});
  }
  auto score = score_answers(shipped("psfs"), answers);
  EXPECT_DOUBLE_EQ(score.value, 5.5);
  EXPECT_EQ(score.answered, 4);
  EXPECT_FALSE(score.band);
}

TEST(Psfs, NeedsThreeActivitiesEachWithItsName) {
  std::vector<Answer> two{{"activity_1", 4, "Putting on socks"}, {"activity_2", 6, "Driving"}};
  EXPECT_EQ(error_of(shipped("psfs"), two).rfind("answers: 2 of the 5", 0), 0u);
  std::vector<Answer> unnamed{{"activity_1", 4, "Putting on socks"}, {"activity_2", 6, {}}};
  EXPECT_EQ(error_of(shipped("psfs"), unnamed).rfind("answers[1].named: required", 0), 0u);
}

TEST(Phq9, SumsTheNineItemsIntoSeverityBands) {
  const auto items = numbered("item_", 9);
  // 1+1+2+0+1+0+0+0+0 = 5: the first point of "mild"
  auto mild = score_answers(shipped("phq9"), answers_for(items, {1, 1, 2, 0, 1, 0, 0, 0, 0}));
  EXPECT_EQ(mild.value, 5);
  EXPECT_EQ(mild.band->code, "mild");
  auto four = score_answers(shipped("phq9"), answers_for(items, {1, 1, 2, 0, 0, 0, 0, 0, 0}));
  EXPECT_EQ(four.band->code, "minimal");
  // 3×6 + 2 = 20: the first point of "severe"; 19 is still "moderately severe"
  auto severe = score_answers(shipped("phq9"), answers_for(items, {3, 3, 3, 3, 3, 3, 2, 0, 0}));
  EXPECT_EQ(severe.value, 20);
  EXPECT_EQ(severe.band->code, "severe");
  auto nineteen = score_answers(shipped("phq9"), answers_for(items, {3, 3, 3, 3, 3, 3, 1, 0, 0}));
  EXPECT_EQ(nineteen.band->code, "moderately_severe");
  EXPECT_EQ(score_answers(shipped("phq9"), answers_for(items, {3, 3, 3, 3, 3, 3, 3, 3, 3})).value,
            27);
}

TEST(Phq9, EveryItemMustBeAnswered) {
  const auto items = numbered("item_", 9);
  EXPECT_EQ(error_of(shipped("phq9"), answers_for(items, {1, 1, 1, 1, 1, 1, 1, 1})),
            "answers: 8 of the 9 questions are answered; phq9 needs at least 9");
}

TEST(Gad7, SumsTheSevenItemsIntoSeverityBands) {
  const auto items = numbered("item_", 7);
  // 2+2+2+2+2+0+0 = 10: the first point of "moderate"
  auto moderate = score_answers(shipped("gad7"), answers_for(items, {2, 2, 2, 2, 2, 0, 0}));
  EXPECT_EQ(moderate.value, 10);
  EXPECT_EQ(moderate.band->code, "moderate");
  auto severe = score_answers(shipped("gad7"), answers_for(items, {3, 3, 3, 3, 3, 0, 0}));
  EXPECT_EQ(severe.value, 15);
  EXPECT_EQ(severe.band->code, "severe");
  EXPECT_EQ(score_answers(shipped("gad7"), answers_for(items, {0, 0, 0, 0, 0, 0, 0})).band->code,
            "minimal");
}

TEST(Odi, PercentOfTheMostTheAnsweredSectionsCouldGive) {
  const auto sections = numbered("section_", 10);
  // all ten: 2+3+1+0+4+2+2+1+3+2 = 20 of 50 → 40%
  auto all = score_answers(licensed("odi"), answers_for(sections, {2, 3, 1, 0, 4, 2, 2, 1, 3, 2}));
  EXPECT_DOUBLE_EQ(all.value, 40.0);
  EXPECT_EQ(all.answered, 10);
}

TEST(Odi, UnansweredSectionsLeaveTheDenominator) {
  const auto sections = numbered("section_", 10);
  // nine answered: 2+3+1+0+4+2+2+1+3 = 18 of 45 → 40%
  auto nine = score_answers(licensed("odi"), answers_for(sections, {2, 3, 1, 0, 4, 2, 2, 1, 3}));
  EXPECT_DOUBLE_EQ(nine.value, 40.0);
  EXPECT_EQ(nine.answered, 9);
  // eight answered, the gaps in the middle: 5+5+5+5+5+5+5+0 = 35 of 40 → 87.5%
  std::vector<Answer> gaps = answers_for(sections, {5, 5, 5, 5, 5, 5, 5, 5, 5, 0});
  gaps.erase(gaps.begin() + 3);
  gaps.erase(gaps.begin() + 5);
  auto eight = score_answers(licensed("odi"), gaps);
  EXPECT_DOUBLE_EQ(eight.value, 87.5);
  // seven answered is fewer than this definition's minimum of eight
  EXPECT_EQ(error_of(licensed("odi"), answers_for(sections, {1, 1, 1, 1, 1, 1, 1})),
            "answers: 7 of the 10 questions are answered; odi needs at least 8");
}

TEST(Odi, RejectsASectionAnsweredTwiceOrAnUnknownSection) {
  std::vector<Answer> twice{{"section_1", 1, {}}, {"section_1", 2, {}}};
  EXPECT_EQ(error_of(licensed("odi"), twice), "answers[1].item: \"section_1\" is answered twice");
  std::vector<Answer> unknown{{"section_11", 1, {}}};
  EXPECT_EQ(error_of(licensed("odi"), unknown),
            "answers[0].item: \"section_11\" is not a question of odi");
}

// STarT Back: total 0–9, distress = items 5–9; low ≤ 3; medium ≥ 4 with distress ≤ 3; high
// distress ≥ 4. Item 9 has five answers, of which only the top two score a point.
class StartBack : public testing::Test {
 protected:
  motus::core::instruments::InstrumentScore score(const std::vector<int>& values) {
    return score_answers(licensed("start_back"), answers_for(numbered("item_", 9), values));
  }
};

TEST_F(StartBack, ThreeIsStillLowRisk) {
  auto result = score({1, 1, 1, 0, 0, 0, 0, 0, 0});
  EXPECT_EQ(result.value, 3);
  EXPECT_EQ(result.band->code, "LA9194-7");
}

TEST_F(StartBack, FourWithLowDistressIsMedium) {
  // total 1+1+1+0 + (1+0+0+0) + item 9 "2" (0 points) = 4, distress 1
  auto result = score({1, 1, 1, 0, 1, 0, 0, 0, 2});
  EXPECT_EQ(result.value, 4);
  EXPECT_EQ(result.subscale("distress")->value, 1);
  EXPECT_EQ(result.band->code, "LA8982-6");
}

TEST_F(StartBack, DistressOfThreeStaysMedium) {
  auto result = score({1, 1, 1, 1, 1, 1, 1, 0, 0});
  EXPECT_EQ(result.value, 7);
  EXPECT_EQ(result.subscale("distress")->value, 3);
  EXPECT_EQ(result.band->label, "Medium risk");
}

TEST_F(StartBack, DistressOfFourIsHigh) {
  // items 5–8 agree and item 9 "2" (no point): distress 4, total 4
  auto result = score({0, 0, 0, 0, 1, 1, 1, 1, 2});
  EXPECT_EQ(result.value, 4);
  EXPECT_EQ(result.subscale("distress")->value, 4);
  EXPECT_EQ(result.band->code, "LA9193-9");
}

TEST_F(StartBack, ItemNineScoresOnlyItsTopTwoAnswers) {
  EXPECT_EQ(score({0, 0, 0, 0, 0, 0, 0, 0, 3}).value, 1);
  EXPECT_EQ(score({0, 0, 0, 0, 0, 0, 0, 0, 4}).value, 1);
  EXPECT_EQ(score({0, 0, 0, 0, 0, 0, 0, 0, 2}).value, 0);
  auto all = score({1, 1, 1, 1, 1, 1, 1, 1, 4});
  EXPECT_EQ(all.value, 9);
  EXPECT_EQ(all.subscale("distress")->value, 5);
  EXPECT_EQ(all.band->label, "High risk");
}

TEST_F(StartBack, RejectsAnAnswerTheItemDoesNotOffer) {
  EXPECT_EQ(error_of(licensed("start_back"), answers_for(numbered("item_", 9), {0, 2})),
            "answers[1].value: 2 is not an answer to item_2 (choose from 0, 1)");
}

}  // namespace
