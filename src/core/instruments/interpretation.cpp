#include "core/instruments/interpretation.hpp"

#include <cmath>
#include <cstdio>

#include "core/instruments/change.hpp"

namespace motus::core::instruments {

std::string score_text(double value, ScoreKind kind) {
  const double tenths = std::round(value * 10.0) / 10.0;
  char text[32];
  if (tenths == std::floor(tenths)) {
    std::snprintf(text, sizeof text, "%.0f", tenths);
  } else {
    std::snprintf(text, sizeof text, "%.1f", tenths);
  }
  return std::string(text) + (kind == ScoreKind::percent_of_max ? "%" : "");
}

std::string interpretation(const InstrumentDefinition& definition, const InstrumentScore& score,
                           std::optional<double> previous_score) {
  const ScoreKind kind = definition.scoring.kind;
  std::string text = "Your score is " + score_text(score.value, kind);
  if (score.band) text += " (" + score.band->label + ")";
  text += ".";
  if (!previous_score || !definition.change) return text;
  const std::string before = " (" + score_text(*previous_score, kind) + ")";
  switch (interpret_change(*definition.change, *previous_score, score.value).verdict) {
    case ChangeVerdict::meaningful_improvement:
      return text + " That is better than last time" + before +
             ", by enough to make a real difference.";
    case ChangeVerdict::meaningful_worsening:
      return text + " That is worse than last time" + before +
             ", by enough to matter. Your care team can see this and can help.";
    case ChangeVerdict::no_meaningful_change:
      break;
  }
  return text + " That is about the same as last time" + before + ".";
}

}  // namespace motus::core::instruments
