#pragma once
// An instrument's words in another language (content/es/instruments/<id>.yaml, see
// content/instruments/README.md): the title, the instructions, each item's question, the answer
// labels that carry words (by value, for every item) and the band labels (by code). Scoring,
// values, LOINC codes and the change rule come from the English file only. Only instruments
// with a translation we may use have one: PHQ-9 and GAD-7 stay English (their official Spanish
// versions are not in this repository, and we do not write our own).
#include <map>
#include <string>
#include <vector>

#include "core/content/content_problem.hpp"
#include "core/instruments/instrument.hpp"

namespace motus::core::instruments {

struct InstrumentWords {
  std::string id;
  std::string title;
  std::string instructions;
  std::map<std::string, std::string> items;  // item id -> question
  std::map<int, std::string> answers;        // answer value -> label, where the label has words
  std::map<std::string, std::string> bands;  // band code -> label
  std::string source_file;
};

// Each definition with its words laid over where `words` has them; the others unchanged.
std::vector<InstrumentDefinition> translated(const std::vector<InstrumentDefinition>& english,
                                             const std::vector<InstrumentWords>& words);

// What a translation lacks or gets wrong: a missing or empty text, an item, answer or band the
// English file does not have, a text identical to the English one, a translation of an
// instrument that is not there. An answer label that is only its number needs no words.
std::vector<ContentProblem> validate_words(const std::vector<InstrumentDefinition>& english,
                                           const std::vector<InstrumentWords>& words);

}  // namespace motus::core::instruments
