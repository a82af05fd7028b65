#pragma once
// The pattern-ranking weights as data: one row per feature that moves a pattern's score, with
// the sentence the person reads and the source. A clinician reviews this table, not code.
// docs/assessment-rules.md prints it.
#include <span>
#include <string_view>

#include "core/assessment/assessment.hpp"
#include "core/assessment/intake.hpp"

namespace motus::core::assessment {

struct Criterion {
  Pattern pattern;
  std::string_view feature;   // stable id of the feature, for review and tests
  int points;                 // added to the pattern's score when present, in hundredths
  std::string_view evidence;  // plain sentence shown when present
  std::string_view citation;
  bool (*present)(const Intake&);
};

std::span<const Criterion> criteria();

// Nonspecific low-back pain is the default pathway (docs/clinical-sources.md §2): it holds this
// score, so a specific pattern must score above it to rank first (ties go to nonspecific).
inline constexpr int kNonspecificPoints = 35;
inline constexpr std::string_view kNonspecificWhenTop =
    "no single pattern clearly stands out, which is the most common picture";
inline constexpr std::string_view kNonspecificWhenBehind =
    "another pattern fits your answers better";
inline constexpr std::string_view kNonspecificCitation = "NICE NG59; ACP (Qaseem 2017)";

}  // namespace motus::core::assessment
