#include "core/assessment/red_flags_json.hpp"

namespace motus::core::assessment {

EnumSet<RedFlag> read_red_flags(ObjectReader reader) {
  EnumSet<RedFlag> flags;
  for (std::size_t i = 0; i < enum_count<RedFlag>(); ++i) {
    const auto flag = static_cast<RedFlag>(i);
    if (reader.optional_bool(name_of(flag)) == true) flags.insert(flag);
  }
  reader.reject_unread_keys();
  return flags;
}

LegSymptoms read_leg_symptoms(ObjectReader reader) {
  LegSymptoms legs;
  legs.numbness = reader.optional_bool("numbness").value_or(false);
  legs.tingling = reader.optional_bool("tingling").value_or(false);
  legs.weakness = reader.optional_bool("weakness").value_or(false);
  legs.side = reader.optional_enum<Side>("side").value_or(Side::none);
  reader.reject_unread_keys();
  return legs;
}

}  // namespace motus::core::assessment
