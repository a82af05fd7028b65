#pragma once
// A dose as a person reads it, in the one wording every screen and the FHIR export use:
// "2 sets of 10", "1 set of 3 × 20-second hold, each side, rest 30 seconds", "5 minutes".
// The server sends it beside each dose (dose_words), so no client words a dose itself.
#include <string>

#include "core/content/exercise.hpp"

namespace motus::core::program {

std::string dose_words(const Dosage& dose);

}  // namespace motus::core::program
