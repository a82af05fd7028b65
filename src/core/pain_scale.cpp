#include "core/pain_scale.hpp"

namespace motus::core {

std::string_view pain_words(int pain) {
  if (pain <= kLeastPain) return "no pain";
  if (pain <= 3) return "mild";
  if (pain <= 6) return "moderate";
  if (pain < kMostPain) return "strong";
  return "worst pain";
}

}  // namespace motus::core
