#pragma once
// What a score means, said to the person who filled the questionnaire in: the score and its
// band, and, when they have filled it in before and the instrument has a change rule, whether
// the change is one they would notice (change.hpp).
#include <optional>
#include <string>

#include "core/instruments/response.hpp"

namespace motus::core::instruments {

// "12" for sums, "6.3" for a mean, "34%" for a percentage: one decimal at most.
std::string score_text(double value, ScoreKind kind);

// e.g. "Your score is 3.7 (Mild). That is better than last time (2.0), by enough to make a real
// difference."
std::string interpretation(const InstrumentDefinition& definition, const InstrumentScore& score,
                           std::optional<double> previous_score);

}  // namespace motus::core::instruments
