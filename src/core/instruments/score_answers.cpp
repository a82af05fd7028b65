#include <algorithm>
#include <map>

#include "core/instruments/definition_reader.hpp"
#include "core/instruments/response.hpp"

namespace motus::core::instruments {
namespace {

struct Scored {
  int points = 0;
  int most = 0;  // the most points this item could have given
};

std::string answer_field(std::size_t index, const char* key) {
  return "answers[" + std::to_string(index) + "]." + key;
}

std::string offered_values(const Item& item) {
  std::string text;
  for (const auto& option : item.answers) {
    if (!text.empty()) text += ", ";
    text += std::to_string(option.value);
  }
  return text;
}

// Every answer checked against the definition; the points of each answered item.
std::map<std::string, Scored> checked_points(const InstrumentDefinition& definition,
                                             const std::vector<Answer>& answers) {
  std::map<std::string, Scored> scored;
  for (std::size_t i = 0; i < answers.size(); ++i) {
    const Answer& answer = answers[i];
    const Item* item = definition.item(answer.item_id);
    if (item == nullptr) {
      throw InputError(answer_field(i, "item") + ": \"" + answer.item_id +
                           "\" is not a question of " + definition.id,
                       "\"" + answer.item_id + "\" no es una pregunta de " + definition.id);
    }
    const auto option =
        std::find_if(item->answers.begin(), item->answers.end(),
                     [&](const AnswerOption& o) { return o.value == answer.value; });
    if (option == item->answers.end()) {
      const auto value = std::to_string(answer.value);
      const auto offered = offered_values(*item);
      throw InputError(
          answer_field(i, "value") + ": " + value + " is not an answer to " + item->id +
              " (choose from " + offered + ")",
          value + " no es una respuesta de " + item->id + " (elige entre " + offered + ")");
    }
    if (item->named_by_person && !answer.named) {
      throw InputError(answer_field(i, "named") + ": required: say which activity this is",
                       "es obligatorio: di qué actividad es");
    }
    const auto most = std::max_element(
        item->answers.begin(), item->answers.end(),
        [](const AnswerOption& a, const AnswerOption& b) { return a.points < b.points; });
    if (!scored.emplace(item->id, Scored{option->points, most->points}).second) {
      throw InputError(answer_field(i, "item") + ": \"" + item->id + "\" is answered twice",
                       "\"" + item->id + "\" tiene dos respuestas");
    }
  }
  return scored;
}

// The score of `items` by `kind` over the answered ones, or nothing when too few are answered.
std::optional<double> combine(ScoreKind kind, const std::vector<std::string>& items,
                              int min_answered, const std::map<std::string, Scored>& scored) {
  int answered = 0;
  int points = 0;
  int most = 0;
  for (const auto& id : items) {
    const auto found = scored.find(id);
    if (found == scored.end()) continue;
    ++answered;
    points += found->second.points;
    most += found->second.most;
  }
  if (answered < std::max(min_answered, 1)) return std::nullopt;
  switch (kind) {
    case ScoreKind::single:
    case ScoreKind::sum:
      return points;
    case ScoreKind::mean:
      return static_cast<double>(points) / answered;
    case ScoreKind::percent_of_max:
      return most == 0 ? 0.0 : 100.0 * points / most;
  }
  return std::nullopt;
}

// A sum of some items means little, so sums and single items need every item; a mean or a
// percentage already allows for the unanswered ones.
int needed_for_subscale(const Subscale& subscale) {
  const bool whole = subscale.kind == ScoreKind::sum || subscale.kind == ScoreKind::single;
  return whole ? static_cast<int>(subscale.items.size()) : 1;
}

bool fits(const Band& band, double value, const std::vector<SubscaleScore>& subscales) {
  if (!band.range.contains(value)) return false;
  if (!band.subscale) return true;
  const auto found = std::find_if(subscales.begin(), subscales.end(),
                                  [&](const SubscaleScore& s) { return s.id == *band.subscale; });
  return found != subscales.end() && band.subscale_range.contains(found->value);
}

}  // namespace

InstrumentScore score_answers(const InstrumentDefinition& definition,
                              const std::vector<Answer>& answers) {
  const auto scored = checked_points(definition, answers);
  const ScoringRule& rule = definition.scoring;
  InstrumentScore result;
  result.answered = static_cast<int>(std::count_if(
      rule.items.begin(), rule.items.end(), [&](const auto& id) { return scored.contains(id); }));
  const auto total = combine(rule.kind, rule.items, rule.min_answered, scored);
  if (!total) {
    const auto answered = std::to_string(result.answered);
    const auto asked = std::to_string(rule.items.size());
    const auto least = std::to_string(rule.min_answered);
    throw InputError("answers: " + answered + " of the " + asked + " questions are answered; " +
                         definition.id + " needs at least " + least,
                     "hay " + answered + " de " + asked + " preguntas respondidas; " +
                         definition.id + " necesita al menos " + least);
  }
  result.value = *total;
  for (const auto& subscale : rule.subscales) {
    if (auto value =
            combine(subscale.kind, subscale.items, needed_for_subscale(subscale), scored)) {
      result.subscales.push_back({subscale.id, *value});
    }
  }
  for (const auto& band : rule.bands) {
    if (fits(band, result.value, result.subscales)) {
      result.band = band;
      break;
    }
  }
  return result;
}

const SubscaleScore* InstrumentScore::subscale(std::string_view id) const {
  const auto found = std::find_if(subscales.begin(), subscales.end(),
                                  [&](const SubscaleScore& s) { return s.id == id; });
  return found == subscales.end() ? nullptr : &*found;
}

}  // namespace motus::core::instruments
