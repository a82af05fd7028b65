#pragma once
// The search index over the knowledge base. The content itself lives in files and is loaded at
// start; the index holds only its searchable text, rebuilt from the loaded content at every
// start, and answers ranked full-text queries with snippets.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/knowledge_base.hpp"
#include "core/content/language.hpp"
#include "store/db.hpp"

namespace motus::store {

// A piece of a snippet: text as written, and whether it is one of the words searched for.
struct SnippetPart {
  std::string text;
  bool hit = false;

  bool operator==(const SnippetPart&) const = default;
};

struct SearchHit {
  std::string kind;  // exercise | pattern | article
  std::string ref;   // the exercise or pattern id, or the article slug
  std::string title;
  std::vector<SnippetPart> snippet;
};

// Replaces everything in the index with `knowledge_base`, in one durable write, so a search
// never sees half of the old content and half of the new.
// Each language has its own index (the English one stems English words; the Spanish one,
// migration 0015, Spanish words where the database can); `knowledge_base` is that language's.
void reindex_content(Db& db, const core::KnowledgeBase& knowledge_base,
                     core::Language language = core::Language::en);

// The best `limit` hits for what a person typed, best first. Every word must appear (after
// stemming); a match in a title or name counts far more than one in the text. Any text is safe:
// the words are quoted here, so nothing typed acts as query syntax. No words: no hits.
std::vector<SearchHit> search_content(Db& db, std::string_view typed, std::size_t limit,
                                      core::Language language = core::Language::en);

}  // namespace motus::store
