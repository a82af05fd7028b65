#pragma once
// Answers that mean a person may not be safe, or needs help with their mood soon, as one
// reviewable table; the journey raises a care flag for each finding and, for thoughts of
// self-harm, shows crisis guidance at once.
//
// PHQ-9 question 9 (thoughts of being better off dead or of hurting oneself): any answer above
// "not at all" asks for a same-day check of the person's safety. Simon GE et al. Does response
// on the PHQ-9 Depression Questionnaire predict subsequent suicide attempt or suicide death?
// Psychiatr Serv. 2013: risk rose with each step of the answer to question 9.
// A PHQ-9 total of 20 or more is the severe band. Kroenke K, Spitzer RL, Williams JB. The
// PHQ-9: validity of a brief depression severity measure. J Gen Intern Med. 2001.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/language.hpp"
#include "core/instruments/response.hpp"

namespace motus::core::instruments {

// Most pressing first: the order the care team should act in.
enum class SafetyConcern { self_harm_thoughts, severe_depression };

struct SafetyRule {
  std::string_view instrument;
  SafetyConcern concern;
  std::string_view code;  // kept with the care flag so the care team sees which rule fired
  std::string_view item;  // an answer to this item at or above `item_at_least`, or
  int item_at_least = 0;
  std::optional<double> score_at_least;  // ... a total at or above this
};

inline constexpr std::array kSafetyRules{
    SafetyRule{"phq9", SafetyConcern::self_harm_thoughts, "phq9_item_9", "item_9", 1, {}},
    SafetyRule{"phq9", SafetyConcern::severe_depression, "phq9_severe", "", 0, 20.0},
};

struct SafetyFinding {
  SafetyConcern concern = SafetyConcern::self_harm_thoughts;
  std::string code;
};

// What the rules find in one scored response, most pressing first; empty for most responses.
std::vector<SafetyFinding> safety_findings(const InstrumentDefinition& definition,
                                           const std::vector<Answer>& answers,
                                           const InstrumentScore& score);

// What a person who has had thoughts of self-harm reads straight away, in plain words, in their
// language: the same steps and the same numbers in English and in Spanish.
struct CrisisGuidance {
  std::string title;
  std::vector<std::string> steps;
};
CrisisGuidance crisis_guidance(Language language = Language::en);

// Said after the score when the total is in the severe band (severe_depression).
std::string_view severe_mood_words(Language language);

}  // namespace motus::core::instruments

namespace motus::core::assessment {
template <>
struct EnumNames<instruments::SafetyConcern> {
  static constexpr std::array<std::string_view, 2> names{"self_harm_thoughts", "severe_depression"};
};
}  // namespace motus::core::assessment
