#pragma once
// What the assessment tells a person, in Spanish. The core keeps saying it in English (the
// `motus assess` JSON contract, and what is stored); an answer in Spanish looks each sentence
// up here by its exact English wording, so an assessment stored months ago reads in Spanish
// too. A sentence with no Spanish here stays English (a unit test lists every sentence the
// core can say and fails on one without its Spanish).
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "core/content/language.hpp"

namespace motus::core::assessment {

// The Spanish of one sentence the assessment says, or nothing when there is none. A triage
// reason that ends with the pregnancy note is the reason's Spanish and the note's.
std::optional<std::string> in_spanish(std::string_view english);

// `english` in `language`: itself in English, or when no Spanish is known.
std::string in_language(std::string_view english, Language language);

// An assessment or flare outcome as to_json writes it (reasons[].text, patterns[].evidence[],
// advice[], follow_up[].question), with every sentence in `language`; codes, ids and numbers
// are left as they are.
nlohmann::ordered_json assessment_in(nlohmann::ordered_json assessment, Language language);

}  // namespace motus::core::assessment
