#pragma once
// The schemas of the member journey's shapes (http/json_schema.hpp): what the core's JSON
// mappings write (assessment, flare outcome, program, changes) and the bodies the journey routes
// take. The closed word lists come from the core's own names (EnumNames), so a word added there
// reaches the document and the web app's generated types without being written again.
//
// The request bodies here check types and what is required; the core's readers
// (assessment_json.hpp, program_json.hpp) still judge ranges and combinations, and refuse
// unknown fields, naming them (InputError, answered as a 400 in http/pipeline.cpp).
#include <nlohmann/json.hpp>

namespace motus::api {

nlohmann::json intake_body_schema();
nlohmann::json flare_check_body_schema();
nlohmann::json session_body_schema();

nlohmann::json assessment_schema();
nlohmann::json flare_outcome_schema();
nlohmann::json prescription_schema();
// A prescription as today's session lists it: with the exercise's name and where its
// animation is (keyframes: the exercise's address).
nlohmann::json today_exercise_schema();
nlohmann::json program_schema();
nlohmann::json changes_schema();

}  // namespace motus::api
