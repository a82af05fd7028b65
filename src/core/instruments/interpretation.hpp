#pragma once
// What a score means, said to the person who filled the questionnaire in: the score and its
// band, and, when they have filled it in before and the instrument has a change rule, whether
// the change is one they would notice (change.hpp), for the whole and for each activity they
// named themself (PSFS: 2 points on the mean, 3 on one activity, Stratford 1995).
#include <optional>
#include <string>
#include <vector>

#include "core/content/language.hpp"
#include "core/instruments/response.hpp"

namespace motus::core::instruments {

// "12" for sums, "6.3" for a mean, "34%" for a percentage: one decimal at most.
std::string score_text(double value, ScoreKind kind);

// The response before this one of the same instrument.
struct EarlierResponse {
  double score = 0;
  std::vector<Answer> answers;
};

// e.g. "Your score is 5 (Mild). That is better than last time (3), by enough to make a real
// difference. You rated "putting on socks" 3 points better than last time: a change you would
// notice." In Spanish with Language::es ("Tu puntuación es 5 (Leve). ..."), the band label being
// the definition's own (the Spanish definition's in Spanish).
std::string interpretation(const InstrumentDefinition& definition, const InstrumentScore& score,
                           const std::vector<Answer>& answers,
                           const std::optional<EarlierResponse>& earlier,
                           Language language = Language::en);

}  // namespace motus::core::instruments
