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
  const auto score = ins::score_answers(nprs, {{"pain", pain, {}}});
  return ins::interpretation(nprs, score, before);
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
  EXPECT_EQ(ins::interpretation(phq9, ins::score_answers(phq9, answers), 3.0),
            "Your score is 9 (Mild).");
}

TEST(Interpretation, AMeanShowsOneDecimal) {
  EXPECT_EQ(ins::score_text(11.0 / 3.0, ins::ScoreKind::mean), "3.7");
  EXPECT_EQ(ins::score_text(4.0, ins::ScoreKind::mean), "4");
  EXPECT_EQ(ins::score_text(34.444, ins::ScoreKind::percent_of_max), "34.4%");
}

}  // namespace
}  // namespace motus::test
