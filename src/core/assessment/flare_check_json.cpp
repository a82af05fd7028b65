#include "core/assessment/assessment_json.hpp"
#include "core/assessment/flare_questions.hpp"
#include "core/assessment/in_spanish.hpp"
#include "core/assessment/json_text.hpp"
#include "core/assessment/object_reader.hpp"
#include "core/assessment/red_flags_json.hpp"

namespace motus::core::assessment {

FlareCheck flare_check_from_json(const nlohmann::json& value) {
  ObjectReader reader(value, "flare check");
  FlareCheck check;
  check.pain_now = reader.required_int("pain_now", 0, 10);
  check.new_symptoms = reader.optional_bool("new_symptoms");
  if (auto flags = reader.optional_object("red_flags")) check.red_flags = read_red_flags(*flags);
  if (auto legs = reader.optional_object("leg_symptoms")) {
    check.leg_symptoms = read_leg_symptoms(*legs);
  }
  reader.reject_unread_keys();
  return check;
}

FlareCheck parse_flare_check(std::string_view text) {
  return flare_check_from_json(parse_json_text(text, "flare check"));
}

nlohmann::ordered_json flare_questions_json(std::string_view field_prefix, Language language) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const auto& question : flare_questions()) {
    nlohmann::ordered_json entry;
    entry["field"] = std::string(field_prefix) + std::string(question.field);
    entry["answer"] = question.kind == AnswerKind::yes_no
                          ? nlohmann::ordered_json{true, false}
                          : nlohmann::ordered_json{"none", "left", "right", "both"};
    entry["question"] = in_language(question.text, language);
    list.push_back(std::move(entry));
  }
  return list;
}

}  // namespace motus::core::assessment
