#include "core/assessment/assessment_json.hpp"

namespace motus::core::assessment {
namespace {

using nlohmann::ordered_json;

ordered_json reasons_json(const std::vector<TriageReason>& reasons) {
  ordered_json list = ordered_json::array();
  for (const TriageReason& reason : reasons) {
    list.push_back({{"code", reason.code}, {"text", reason.text}});
  }
  return list;
}

ordered_json patterns_json(const std::vector<PatternScore>& patterns) {
  ordered_json list = ordered_json::array();
  for (const PatternScore& pattern : patterns) {
    list.push_back({{"id", name_of(pattern.pattern)},
                    {"score", pattern.score},
                    {"evidence", pattern.evidence}});
  }
  return list;
}

ordered_json follow_up_json(const std::vector<FollowUp>& questions) {
  ordered_json list = ordered_json::array();
  for (const FollowUp& question : questions) {
    list.push_back({{"field", question.field}, {"question", question.question}});
  }
  return list;
}

ordered_json instruments_json(const std::vector<Instrument>& instruments) {
  ordered_json list = ordered_json::array();
  for (Instrument instrument : instruments) list.push_back(name_of(instrument));
  return list;
}

}  // namespace

ordered_json to_json(const Assessment& assessment) {
  ordered_json out;
  out["tier"] = name_of(assessment.tier);
  out["reasons"] = reasons_json(assessment.reasons);
  out["patterns"] = patterns_json(assessment.patterns);
  out["advice"] = assessment.advice;
  out["instruments"] = instruments_json(assessment.instruments);
  out["follow_up"] = follow_up_json(assessment.follow_up);
  return out;
}

ordered_json to_json(const FlareOutcome& outcome) {
  ordered_json out;
  out["tier"] = name_of(outcome.tier);
  out["reasons"] = reasons_json(outcome.reasons);
  out["advice"] = outcome.advice;
  return out;
}

}  // namespace motus::core::assessment
