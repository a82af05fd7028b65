#pragma once
// The knowledge base in every language Motus writes to members in: the English files, and a
// copy with the Spanish words laid over them (translation.hpp). Built once at start.
#include "core/content/knowledge_base.hpp"
#include "core/content/language.hpp"
#include "core/content/translation.hpp"

namespace motus::core {

struct Library {
  KnowledgeBase english;
  KnowledgeBase spanish;

  Library() = default;
  Library(KnowledgeBase english_base, const Translation& spanish_words)
      : english(std::move(english_base)), spanish(translated(english, spanish_words)) {}

  const KnowledgeBase& in(Language language) const {
    return language == Language::es ? spanish : english;
  }
};

}  // namespace motus::core
