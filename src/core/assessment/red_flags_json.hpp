#pragma once
// The two groups the intake and the flare check share, read the same way in both.
#include "core/assessment/intake.hpp"
#include "core/assessment/object_reader.hpp"

namespace motus::core::assessment {

// { "<red flag name>": true|false, ... }; a flag left out means "not said", not "no".
EnumSet<RedFlag> read_red_flags(ObjectReader reader);

// { numbness, tingling, weakness: bool, side: none|left|right|both }
LegSymptoms read_leg_symptoms(ObjectReader reader);

}  // namespace motus::core::assessment
