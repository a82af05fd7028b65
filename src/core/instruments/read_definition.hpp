#pragma once
// An instrument definition from its JSON form (content/instruments/README.md describes the
// fields). Every mistake is an assessment::InputError naming the field, so a deployment adding
// a licensed instrument learns exactly what to fix.
#include <nlohmann/json.hpp>

#include "core/instruments/instrument.hpp"

namespace motus::core::instruments {

InstrumentDefinition read_definition(const nlohmann::json& document);

}  // namespace motus::core::instruments
