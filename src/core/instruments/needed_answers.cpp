#include "core/instruments/needed_answers.hpp"

#include <algorithm>

#include "core/instruments/definition_reader.hpp"

namespace motus::core::instruments {

void require_needed_answers(const InstrumentDefinition& definition,
                            const std::vector<Answer>& answers) {
  const ScoringRule& rule = definition.scoring;
  const auto answered = [&](const std::string& id) {
    return std::any_of(answers.begin(), answers.end(),
                       [&](const Answer& answer) { return answer.item_id == id; });
  };
  const auto count =
      static_cast<int>(std::count_if(rule.items.begin(), rule.items.end(), answered));
  const int needed =
      rule.min_answered > 0 ? rule.min_answered : static_cast<int>(rule.items.size());
  if (count >= needed) return;
  const auto missing = std::find_if_not(rule.items.begin(), rule.items.end(), answered);
  const std::string item = missing == rule.items.end() ? std::string() : *missing;
  const bool every = needed == static_cast<int>(rule.items.size());
  const auto counted = std::to_string(count);
  throw InputError("answers: " + item + " is not answered; " + definition.id + " needs " +
                       (every ? "an answer to every question"
                              : "at least " + std::to_string(needed) + " answered questions") +
                       " (" + counted + " answered)",
                   "falta responder " + item + "; " + definition.id + " necesita " +
                       (every ? "una respuesta a cada pregunta"
                              : "al menos " + std::to_string(needed) + " preguntas respondidas") +
                       " (" + counted + " respondidas)");
}

}  // namespace motus::core::instruments
