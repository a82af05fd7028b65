#pragma once
// What the instrument routes share: finding a loaded definition by id.
#include <string_view>

#include "api/shared/app.hpp"

namespace motus::api {

// The schema of one instrument as GET /api/v1/instruments lists it.
nlohmann::json instrument_schema();

// nullptr when no loaded instrument has this id.
// In `language` where the instrument has its words in it (the others stay English).
const core::instruments::InstrumentDefinition* find_instrument(
    const App& app, std::string_view id, core::Language language = core::Language::en);

}  // namespace motus::api
