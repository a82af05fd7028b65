#pragma once
// A dose as a person reads it, in the one wording every screen and the FHIR export use:
// "2 sets of 10", "1 set of 3 × 20-second hold, each side, rest 30 seconds", "5 minutes"; in
// Spanish "2 series de 10", "1 serie de 3 × mantener 20 segundos, de cada lado, descansa 30
// segundos", "5 minutos". The server sends it beside each dose (dose_words), so no client words
// a dose itself.
#include <string>

#include "core/content/exercise.hpp"
#include "core/content/language.hpp"

namespace motus::core::program {

std::string dose_words(const Dosage& dose, Language language = Language::en);

}  // namespace motus::core::program
