#pragma once
// The two groups the intake and the flare check share, read the same way in both.
#include "core/assessment/intake.hpp"
#include "core/assessment/object_reader.hpp"

namespace motus::core::assessment {

// { "<red flag name>": true|false, ... }; a flag left out means "not said", not "no": the
// answers keep "yes" and "no" apart.
RedFlagAnswers read_red_flag_answers(ObjectReader reader);

// The flags answered "yes".
inline EnumSet<RedFlag> read_red_flags(ObjectReader reader) {
  return read_red_flag_answers(std::move(reader)).yes;
}

// { numbness, tingling, weakness: bool, side: none|left|right|both }; side left out is "not
// said".
LegSymptoms read_leg_symptoms(ObjectReader reader);

}  // namespace motus::core::assessment
