// Which questions must be answered before a response is scored: every one of a sum, at least
// min_answered of a mean; the error names the first question left out.
#include "core/instruments/needed_answers.hpp"

#include <gtest/gtest.h>

#include "core/assessment/input_error.hpp"
#include "definitions.hpp"

namespace motus::test {
namespace {

namespace ins = core::instruments;

std::string refusal(const ins::InstrumentDefinition& definition,
                    const std::vector<ins::Answer>& answers) {
  try {
    ins::require_needed_answers(definition, answers);
  } catch (const core::assessment::InputError& error) {
    return error.what();
  }
  return "";
}

std::vector<ins::Answer> phq9_without(const std::string& left_out) {
  std::vector<ins::Answer> answers;
  for (const auto& item : shipped("phq9").items) {
    if (item.id != left_out) answers.push_back({item.id, 1, {}});
  }
  return answers;
}

std::vector<ins::Answer> activities(int count) {
  std::vector<ins::Answer> answers;
  for (int i = 1; i <= count; ++i) {
    answers.push_back({"activity_" + std::to_string(i), 5, "walking " + std::to_string(i)});
  }
  return answers;
}

TEST(NeededAnswers, ASumNeedsEveryQuestionAndNamesTheOneLeftOut) {
  EXPECT_EQ(refusal(shipped("phq9"), phq9_without("")), "");
  const auto message = refusal(shipped("phq9"), phq9_without("item_7"));
  EXPECT_NE(message.find("item_7"), std::string::npos) << message;
  EXPECT_NE(message.find("every question"), std::string::npos) << message;
}

TEST(NeededAnswers, ASingleItemNeedsItsAnswer) {
  const auto message = refusal(shipped("nprs"), {});
  EXPECT_NE(message.find("pain"), std::string::npos) << message;
}

TEST(NeededAnswers, AMeanNeedsItsMinimumOnly) {
  EXPECT_EQ(refusal(shipped("psfs"), activities(3)), "");
  EXPECT_EQ(refusal(shipped("psfs"), activities(5)), "");
  const auto message = refusal(shipped("psfs"), activities(2));
  EXPECT_NE(message.find("activity_3"), std::string::npos) << message;
  EXPECT_NE(message.find("at least 3"), std::string::npos) << message;
}

}  // namespace
}  // namespace motus::test
