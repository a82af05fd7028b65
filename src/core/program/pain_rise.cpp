#include "core/program/pain_rise.hpp"

namespace motus::core::program {

std::optional<PainRise> pain_rise_to_check(int pain_before, int pain_after, bool flare_check_sent) {
  if (flare_check_sent) return std::nullopt;
  const int points = pain_after - pain_before;
  if (points < kFlareCheckRise) return std::nullopt;
  return PainRise{points};
}

std::string pain_rise_offer(const PainRise& rise, Language language) {
  return std::string(said_in(language, "Your pain went up ", "Tu dolor subió ")) +
         std::to_string(rise.points) +
         std::string(said_in(language,
                             " points during this session. Please answer a few safety questions, "
                             "and tell your therapist how it is.",
                             " puntos durante esta sesión. Responde unas preguntas de seguridad y "
                             "cuéntale a tu fisioterapeuta cómo estás."));
}

}  // namespace motus::core::program
