#pragma once
// What the instrument routes share: finding a loaded definition by id, and the JSON the web app
// renders a questionnaire from.
#include <nlohmann/json.hpp>
#include <string_view>

#include "api/app.hpp"

namespace motus::api {

// nullptr when no loaded instrument has this id.
const core::instruments::InstrumentDefinition* find_instrument(const App& app, std::string_view id);

// {id, title, instructions, licence, items: [{id, text, named_by_person, answers: [{value,
// label}]}], scoring: {kind, needs}, bands: [{code, label, min, max}], change?}
nlohmann::ordered_json instrument_json(const core::instruments::InstrumentDefinition& definition);

}  // namespace motus::api
