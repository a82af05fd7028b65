#include "core/assessment/advice.hpp"
#include "core/assessment/assessment.hpp"
#include "core/assessment/flare_check.hpp"

namespace motus::core::assessment {

Assessment assess(const Intake& intake) {
  Triage found = triage(intake);
  Assessment assessment;
  assessment.tier = found.tier;
  assessment.reasons = std::move(found.reasons);
  assessment.follow_up = follow_up_questions(intake);
  assessment.patterns = rank_patterns(intake);
  assessment.advice = advice_for(assessment.tier, assessment.patterns.front().pattern);
  assessment.instruments = instruments_for(assessment.tier, intake);
  return assessment;
}

FlareOutcome recheck(const FlareCheck& check) {
  Triage found = triage(check);
  FlareOutcome outcome;
  outcome.tier = found.tier;
  outcome.reasons = std::move(found.reasons);
  outcome.advice = flare_advice_for(outcome.tier);
  return outcome;
}

}  // namespace motus::core::assessment
