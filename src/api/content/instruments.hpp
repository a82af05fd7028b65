#pragma once
// What the instrument routes share: finding a loaded definition by id.
#include <string_view>

#include "api/shared/app.hpp"

namespace motus::api {

// nullptr when no loaded instrument has this id.
const core::instruments::InstrumentDefinition* find_instrument(const App& app, std::string_view id);

}  // namespace motus::api
