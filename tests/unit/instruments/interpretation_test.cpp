// What a score means in words: the score and its band, and whether a change since last time
// is one the person would notice, by the instrument's own rule.
#include "core/instruments/interpretation.hpp"

#include <gtest/gtest.h>

#include "definitions.hpp"

namespace motus::test {
namespace {

namespace ins = core::instruments;

std::string nprs_said(int pain, std::optional<double> before) {
  const auto& nprs = shipped("nprs");
  const std::vector<ins::Answer> answers = {{"pain", pain, {}}};
  std::optional<ins::EarlierResponse> earlier;
  if (before) earlier = ins::EarlierResponse{*before, {{"pain", static_cast<int>(*before), {}}}};
  return ins::interpretation(nprs, ins::score_answers(nprs, answers), answers, earlier);
}

std::vector<ins::Answer> activities(const std::vector<int>& values) {
  const std::vector<std::string> named = {"putting on socks", "sitting through a film",
                                          "carrying shopping"};
  std::vector<ins::Answer> answers;
  for (std::size_t i = 0; i < values.size(); ++i) {
    answers.push_back({"activity_" + std::to_string(i + 1), values[i], named[i]});
  }
  return answers;
}

bool says(const std::string& text, const std::string& words) {
  return text.find(words) != std::string::npos;
}

TEST(Interpretation, TheScoreAndItsBand) {
  EXPECT_EQ(nprs_said(4, std::nullopt), "Your score is 4 (Moderate pain).");
}

TEST(Interpretation, ChangeIsJudgedByTheInstrumentsRule) {
  EXPECT_TRUE(says(nprs_said(3, 6.0), "better than last time (6)")) << nprs_said(3, 6.0);
  EXPECT_TRUE(says(nprs_said(6, 3.0), "worse than last time (3)")) << nprs_said(6, 3.0);
  EXPECT_TRUE(says(nprs_said(5, 6.0), "about the same as last time (6)")) << nprs_said(5, 6.0);
}

TEST(Interpretation, AnInstrumentWithoutAChangeRuleSaysOnlyTheScore) {
  const auto& phq9 = shipped("phq9");
  std::vector<ins::Answer> answers;
  for (const auto& item : phq9.items) answers.push_back({item.id, 1, {}});
  EXPECT_EQ(ins::interpretation(phq9, ins::score_answers(phq9, answers), answers,
                                ins::EarlierResponse{3.0, answers}),
            "Your score is 9 (Mild).");
}

TEST(Interpretation, EachNamedActivityIsJudgedOnItsOwn) {
  const auto& psfs = shipped("psfs");
  const auto before = activities({2, 3, 4});
  const auto after = activities({5, 3, 1});
  const auto text = ins::interpretation(psfs, ins::score_answers(psfs, after), after,
                                        ins::EarlierResponse{3.0, before});
  EXPECT_TRUE(says(text, "about the same as last time (3)")) << text;
  EXPECT_TRUE(says(text, "\"putting on socks\" 3 points better")) << text;
  EXPECT_TRUE(says(text, "\"carrying shopping\" 3 points lower")) << text;
  EXPECT_FALSE(says(text, "sitting through a film")) << text;

  const auto small = activities({4, 5, 6});
  const auto two_up = ins::interpretation(psfs, ins::score_answers(psfs, small), small,
                                          ins::EarlierResponse{3.0, before});
  EXPECT_TRUE(says(two_up, "better than last time (3)")) << two_up;
  EXPECT_FALSE(says(two_up, "You rated")) << "2 points on one activity is below the 3 that matter";
}

TEST(Interpretation, AMeanShowsOneDecimal) {
  EXPECT_EQ(ins::score_text(11.0 / 3.0, ins::ScoreKind::mean), "3.7");
  EXPECT_EQ(ins::score_text(4.0, ins::ScoreKind::mean), "4");
  EXPECT_EQ(ins::score_text(34.444, ins::ScoreKind::percent_of_max), "34.4%");
}

}  // namespace
}  // namespace motus::test
