#pragma once
// What to do now, in plain and kind words, and which questionnaires to collect next.
#include <string>
#include <vector>

#include "core/assessment/assessment.hpp"

namespace motus::core::assessment {

// Every answer ends with this: Motus teaches and guides exercise; it does not diagnose.
inline constexpr std::string_view kNotMedicalAdvice =
    "Motus gives education and exercise. It is not medical advice and does not replace a "
    "doctor.";

// Advice for the tier; for routine and self-care also a word on the best-fitting pattern.
std::vector<std::string> advice_for(Tier tier, Pattern top);

// Advice after a flare check.
std::vector<std::string> flare_advice_for(Tier tier);

std::vector<Instrument> instruments_for(Tier tier, const Intake& intake);

}  // namespace motus::core::assessment
