#pragma once
// The JSON mapping of the assessment, exactly as docs/api-contract.md spells it. Pure: text or JSON
// values in, values out. Parsing is strict: unknown keys, wrong types, out-of-range numbers,
// repeated keys and repeated list items are all InputError naming the field.
#include <nlohmann/json.hpp>
#include <string_view>

#include "core/assessment/assessment.hpp"
#include "core/assessment/flare_check.hpp"
#include "core/assessment/input_error.hpp"
#include "core/assessment/intake.hpp"
#include "core/content/language.hpp"

namespace motus::core::assessment {

Intake parse_intake(std::string_view text);
Intake intake_from_json(const nlohmann::json& value);

// A flare check: { "pain_now": 0–10 (required), "new_symptoms": bool,
//                  "red_flags": {...as in the intake}, "leg_symptoms": {...as in the intake} }
FlareCheck parse_flare_check(std::string_view text);
FlareCheck flare_check_from_json(const nlohmann::json& value);

// Keys in contract order: tier, reasons, patterns, advice, instruments, then follow_up.
nlohmann::ordered_json to_json(const Assessment& assessment);
// Keys: tier, reasons, advice.
nlohmann::ordered_json to_json(const FlareOutcome& outcome);

// The warning-sign questions a flare asks (flare_questions.hpp), each as {field, answer,
// question}: the field is the flare check's own name after `field_prefix` (e.g.
// "flare_check." inside a check-in), answer lists the values it takes ([true, false] or
// ["none", "left", "right", "both"]) and question is what the person reads, in `language`.
nlohmann::ordered_json flare_questions_json(std::string_view field_prefix = "",
                                            Language language = Language::en);

}  // namespace motus::core::assessment
