#include "core/instruments/interpretation.hpp"

#include <algorithm>
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

namespace {

std::string total_change(const InstrumentDefinition& definition, const InstrumentScore& score,
                         double before, Language language) {
  const std::string was = " (" + score_text(before, definition.scoring.kind) + ")";
  switch (interpret_change(*definition.change, before, score.value).verdict) {
    case ChangeVerdict::meaningful_improvement:
      return std::string(said_in(language, " That is better than last time",
                                 " Es mejor que la última vez")) +
             was +
             std::string(said_in(language, ", by enough to make a real difference.",
                                 ", y la diferencia es tan grande que se nota de verdad."));
    case ChangeVerdict::meaningful_worsening:
      return std::string(
                 said_in(language, " That is worse than last time", " Es peor que la última vez")) +
             was +
             std::string(said_in(language,
                                 ", by enough to matter. Your care team can see this and can help.",
                                 ", y la diferencia importa. Tu equipo de atención lo puede ver y "
                                 "te puede ayudar."));
    case ChangeVerdict::no_meaningful_change:
      break;
  }
  return std::string(said_in(language, " That is about the same as last time",
                             " Es más o menos lo mismo que la última vez")) +
         was + ".";
}

// A sentence for each activity the person named whose rating changed by enough to notice.
std::string activity_changes(const InstrumentDefinition& definition,
                             const std::vector<Answer>& answers, const EarlierResponse& earlier,
                             Language language) {
  std::string text;
  for (const Answer& answer : answers) {
    const Item* item = definition.item(answer.item_id);
    if (item == nullptr || !item->named_by_person || !answer.named) continue;
    const auto before = std::find_if(earlier.answers.begin(), earlier.answers.end(),
                                     [&](const Answer& a) { return a.item_id == answer.item_id; });
    if (before == earlier.answers.end()) continue;
    const auto change = interpret_item_change(*definition.change, before->value, answer.value);
    const std::string points = score_text(std::fabs(change.improvement), ScoreKind::sum);
    const std::string named = "\"" + *answer.named + "\"";
    if (change.verdict == ChangeVerdict::meaningful_improvement) {
      text += language == Language::es
                  ? " Calificaste " + named + " con " + points +
                        " puntos más que la última vez: es un cambio que se nota."
                  : " You rated " + named + " " + points +
                        " points better than last time: a change you would notice.";
    } else if (change.verdict == ChangeVerdict::meaningful_worsening) {
      text += language == Language::es
                  ? " Calificaste " + named + " con " + points +
                        " puntos menos que la última vez: vale la pena contárselo a tu equipo "
                        "de atención."
                  : " You rated " + named + " " + points +
                        " points lower than last time: worth telling your care team.";
    }
  }
  return text;
}

}  // namespace

std::string interpretation(const InstrumentDefinition& definition, const InstrumentScore& score,
                           const std::vector<Answer>& answers,
                           const std::optional<EarlierResponse>& earlier, Language language) {
  std::string text = std::string(said_in(language, "Your score is ", "Tu puntuación es ")) +
                     score_text(score.value, definition.scoring.kind);
  if (score.band) text += " (" + score.band->label + ")";
  text += ".";
  if (!earlier || !definition.change) return text;
  return text + total_change(definition, score, earlier->score, language) +
         activity_changes(definition, answers, *earlier, language);
}

}  // namespace motus::core::instruments
