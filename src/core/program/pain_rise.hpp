#pragma once
// A session after which the pain is three or more points higher than before it may be the start
// of a flare-up, not only a dose that was too much: besides changing the exercises (adapt), the
// member is offered the flare check (the warning-sign questions, core/assessment/flare_check.hpp)
// and a message to their therapist. Three points is the smallest change a person notices as
// clearly worse on a 0–10 scale (the NPRS's minimal clinically important difference is about
// two points; Childs JD et al., Spine 2005), so a three-point rise within one session is more
// than day-to-day noise.
#include <optional>
#include <string>

#include "core/content/language.hpp"

namespace motus::core::program {

inline constexpr int kFlareCheckRise = 3;

struct PainRise {
  int points = 0;  // pain after minus pain before, at least kFlareCheckRise
};

// The rise when it is large enough to offer the flare check, else nullopt. Not offered when the
// session already carried a flare check (the member answered it).
std::optional<PainRise> pain_rise_to_check(int pain_before, int pain_after, bool flare_check_sent);

// What the member reads with the offer: how far the pain went up, the safety questions and a
// word to the therapist.
std::string pain_rise_offer(const PainRise& rise, Language language);

}  // namespace motus::core::program
