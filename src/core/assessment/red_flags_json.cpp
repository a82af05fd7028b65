#include "core/assessment/red_flags_json.hpp"

namespace motus::core::assessment {

RedFlagAnswers read_red_flag_answers(ObjectReader reader) {
  RedFlagAnswers answers;
  for (std::size_t i = 0; i < enum_count<RedFlag>(); ++i) {
    const auto flag = static_cast<RedFlag>(i);
    const auto answer = reader.optional_bool(name_of(flag));
    if (answer == true) answers.yes.insert(flag);
    if (answer == false) answers.no.insert(flag);
  }
  reader.reject_unread_keys();
  return answers;
}

LegSymptoms read_leg_symptoms(ObjectReader reader) {
  LegSymptoms legs;
  legs.numbness = reader.optional_bool("numbness").value_or(false);
  legs.tingling = reader.optional_bool("tingling").value_or(false);
  legs.weakness = reader.optional_bool("weakness").value_or(false);
  legs.side = reader.optional_enum<Side>("side");
  reader.reject_unread_keys();
  return legs;
}

}  // namespace motus::core::assessment
