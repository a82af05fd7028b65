#include "core/instruments/safety.hpp"

#include <algorithm>

namespace motus::core::instruments {
namespace {

bool fires(const SafetyRule& rule, const std::vector<Answer>& answers,
           const InstrumentScore& score) {
  if (rule.score_at_least) return score.value >= *rule.score_at_least;
  return std::any_of(answers.begin(), answers.end(), [&](const Answer& answer) {
    return answer.item_id == rule.item && answer.value >= rule.item_at_least;
  });
}

}  // namespace

std::vector<SafetyFinding> safety_findings(const InstrumentDefinition& definition,
                                           const std::vector<Answer>& answers,
                                           const InstrumentScore& score) {
  std::vector<SafetyFinding> found;
  for (const auto& rule : kSafetyRules) {
    if (rule.instrument != definition.id || !fires(rule, answers, score)) continue;
    found.push_back({rule.concern, std::string(rule.code)});
  }
  std::stable_sort(found.begin(), found.end(), [](const SafetyFinding& a, const SafetyFinding& b) {
    return a.concern < b.concern;
  });
  return found;
}

CrisisGuidance crisis_guidance() {
  return {"You are not alone, and help is there right now",
          {"Thank you for telling us. Thoughts like these can feel very heavy, and you do not "
           "have to carry them on your own.",
           "If you think you might act on these thoughts, or you are not safe right now, call "
           "your local emergency number now.",
           "In the US, you can call or text 988, the Suicide & Crisis Lifeline, at any time of "
           "day or night.",
           "In the UK and Ireland, you can call Samaritans for free on 116 123, at any time.",
           "Talk to someone you trust today: a friend, someone in your family, or your doctor.",
           "Your care team has been told and will contact you."}};
}

}  // namespace motus::core::instruments
