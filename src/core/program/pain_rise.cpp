#include "core/program/pain_rise.hpp"

namespace motus::core::program {

std::optional<PainRise> pain_rise_to_check(int pain_before, int pain_after, bool flare_check_sent) {
  if (flare_check_sent) return std::nullopt;
  const int points = pain_after - pain_before;
  if (points < kFlareCheckRise) return std::nullopt;
  return PainRise{points};
}

}  // namespace motus::core::program
