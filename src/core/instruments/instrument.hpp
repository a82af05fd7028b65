#pragma once
// An outcome questionnaire as data (docs/clinical-sources.md §5): its items, the answers each item
// allows and the rule that turns answers into a score, a band and subscales. The free instruments
// ship in content/instruments/; a deployment that holds a licence adds the licensed ones (ODI,
// STarT Back) as files of the same shape, so the engine never carries licensed wording.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/assessment/enum_names.hpp"

namespace motus::core::instruments {

struct AnswerOption {
  int value = 0;      // what is recorded for this answer
  std::string label;  // what the person sees
  int points = 0;     // what it adds to the score; equals `value` unless the definition says
};

struct Item {
  std::string id;
  std::string text;
  std::vector<AnswerOption> answers;
  // True for items the person names themself (PSFS activities): the answer carries their words.
  bool named_by_person = false;
};

// How the answered items become one number.
//   single: the one item's points; sum: the points added up; mean: the average of the answered
//   items; percent_of_max: points over the most the answered items could give, × 100 (so an
//   unanswered ODI section leaves the denominator, as Fairbank's rule says).
enum class ScoreKind { single, sum, mean, percent_of_max };

// A range on a score; either end may be open. Inclusive at both ends.
struct ScoreRange {
  std::optional<double> min;
  std::optional<double> max;

  bool contains(double score) const { return (!min || score >= *min) && (!max || score <= *max); }
};

struct Subscale {
  std::string id;
  std::string title;
  ScoreKind kind = ScoreKind::sum;
  std::vector<std::string> items;
  std::optional<std::string> loinc;
};

// A named band of the total. STarT Back's bands also look at a subscale (medium needs the
// distress subscale ≤ 3), so a band may carry a condition on one subscale too.
struct Band {
  std::string label;
  std::string code;  // a stable key, or the LOINC answer code where one exists (LA9194-7)
  ScoreRange range;
  std::optional<std::string> subscale;
  ScoreRange subscale_range;
};

struct ScoringRule {
  ScoreKind kind = ScoreKind::sum;
  std::vector<std::string> items;  // the items that count; every item when the file lists none
  int min_answered = 0;            // fewer answered items than this: no score
  std::vector<Subscale> subscales;
  std::vector<Band> bands;  // the first band that fits wins
};

enum class Better { lower, higher };

// What counts as a change a person would notice (e.g. NPRS: 2 points or 30%, Ostelo 2008).
struct ChangeRule {
  Better better = Better::lower;
  double points = 0;                  // a change of at least this many points is meaningful
  std::optional<double> percent;      // ... or of at least this share of the starting score
  std::optional<double> item_points;  // for one item on its own (PSFS: 3)
  std::string source;                 // the citation
};

struct LoincCodes {
  std::optional<std::string> panel;
  std::optional<std::string> score;
  std::optional<std::string> band;  // the observation that carries the band (STarT Back risk)
};

struct InstrumentDefinition {
  std::string id;
  std::string title;
  std::string licence;
  std::string instructions;
  LoincCodes loinc;
  std::vector<Item> items;
  ScoringRule scoring;
  std::optional<ChangeRule> change;

  const Item* item(std::string_view item_id) const;
};

}  // namespace motus::core::instruments

namespace motus::core::assessment {
template <>
struct EnumNames<instruments::ScoreKind> {
  static constexpr std::array<std::string_view, 4> names{"single", "sum", "mean", "percent_of_max"};
};
template <>
struct EnumNames<instruments::Better> {
  static constexpr std::array<std::string_view, 2> names{"lower", "higher"};
};
}  // namespace motus::core::assessment
