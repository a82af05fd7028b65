#include "core/pain_scale.hpp"

namespace motus::core {

std::string_view pain_words(int pain, Language language) {
  if (pain <= kLeastPain) return said_in(language, "no pain", "sin dolor");
  if (pain <= 3) return said_in(language, "mild", "leve");
  if (pain <= 6) return said_in(language, "moderate", "moderado");
  if (pain < kMostPain) return said_in(language, "strong", "fuerte");
  return said_in(language, "worst pain", "el peor dolor");
}

}  // namespace motus::core
