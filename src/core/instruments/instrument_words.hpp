#pragma once
// An instrument's words in another language (content/es/instruments/<id>.yaml, see
// content/instruments/README.md): the title, the licence line, the instructions, each item's
// question, the answer labels that carry words (by value, for every item) and the band labels
// (by code). Scoring, values, LOINC codes and the change rule come from the English file only,
// so the score and the safety rules (safety.hpp, by item id and value) cannot differ between
// the languages. PHQ-9 and GAD-7 carry their official Spanish versions word for word, with the
// `source` they were taken from; we never write our own translation of a validated instrument.
#include <map>
#include <string>
#include <vector>

#include "core/content/content_problem.hpp"
#include "core/instruments/instrument.hpp"

namespace motus::core::instruments {

struct InstrumentWords {
  std::string id;
  std::string title;
  std::string licence;
  std::string instructions;
  std::map<std::string, std::string> items;  // item id -> question
  std::map<int, std::string> answers;        // answer value -> label, where the label has words
  std::map<std::string, std::string> bands;  // band code -> label
  std::string source;  // where an official translation was taken from; never shown
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
