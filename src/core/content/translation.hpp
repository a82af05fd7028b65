#pragma once
// The member-facing words of the knowledge base in another language (content/<language>/,
// SCHEMA.md "Other languages"). A translation carries only words, keyed like the English files:
// ids, doses, figures, links and citations always come from the English file, so they cannot
// differ between languages. `translated` lays the words over a copy of the English knowledge
// base; the program engine and the API then read that copy exactly as they read the English.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/content/content_problem.hpp"
#include "core/content/knowledge_base.hpp"
#include "core/content/language.hpp"

namespace motus::core {

struct ExerciseWords {
  std::string id;
  std::string name;
  std::string summary;
  std::vector<std::string> steps;
  std::string breathing;
  std::map<std::string, std::string> cautions;  // caution condition -> its text
  std::vector<std::string> cues;                // one per keyframe, in order
  std::string source_file;
};

struct PatternWords {
  std::string id;
  std::string name;
  std::string short_description;
  std::string overview;
  std::vector<std::string> how_it_feels;
  std::vector<std::string> aggravating;
  std::vector<std::string> causes;
  std::vector<std::string> what_helps;
  std::vector<std::string> see_a_doctor;
  std::optional<std::string> evidence_note;
  std::string source_file;
};

struct ArticleWords {
  std::string slug;
  std::string title;
  std::string summary;
  std::string body;
  std::string source_file;
};

struct Translation {
  Language language = Language::es;
  std::vector<ExerciseWords> exercises;
  std::vector<PatternWords> patterns;
  std::vector<ArticleWords> articles;
};

// A copy of `english` with every text `translation` has put in its place. A text the
// translation lacks stays English (the content check reports it).
KnowledgeBase translated(const KnowledgeBase& english, const Translation& translation);

// What a translation lacks or gets wrong, named by the translation's file: an English item
// with no translation file (one problem per item, on the English file), a missing or empty
// text, a list of another length than the English one, a text identical to the English one
// (outside a short allow-list of names and units), a caution the English file does not have,
// and a translation of an item that does not exist. Therapist-facing articles need none.
std::vector<ContentProblem> validate_translation(const KnowledgeBase& english,
                                                 const Translation& translation);

}  // namespace motus::core
