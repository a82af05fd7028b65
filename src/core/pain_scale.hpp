#pragma once
// The words beside a number on the 0–10 pain scale (the numeric pain rating, NPRS:
// docs/clinical-sources.md §5), the same wherever a person reads one: 0 no pain, 1–3 mild,
// 4–6 moderate, 7–9 strong, 10 worst pain. The server words pain with it; the web app's
// components/painScale.ts holds the same words for its sliders, which answer at once and
// offline, and an end-to-end test checks the two agree (GET /api/v1/pain-scale).
#include <string_view>

#include "core/content/language.hpp"

namespace motus::core {

inline constexpr int kLeastPain = 0;
inline constexpr int kMostPain = 10;

// The words for `pain`, which must be from kLeastPain to kMostPain, in `language` (Spanish: sin
// dolor, leve, moderado, fuerte, el peor dolor).
std::string_view pain_words(int pain, Language language = Language::en);

}  // namespace motus::core
