#pragma once
// The plain-words `why` of each prescribed exercise: what it does, for which pain pattern,
// and the study behind it, e.g. "Strengthens your buttock muscles to steady your SI joint
// (Added 2018)."
#include <string>

#include "core/assessment/assessment.hpp"
#include "core/content/exercise.hpp"

namespace motus::core::program {

std::string why_text(const Exercise& exercise, assessment::Pattern pattern);

// "Added 2018" from "Added MR et al. Effects of ... 2018."; known bodies by their short name.
std::string short_citation(const std::string& citation);

}  // namespace motus::core::program
