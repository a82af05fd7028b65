#pragma once
// Everything members and the program engine read: exercises, pain patterns and articles,
// with lookups by id. Built once at start and then only read, so it is safe to share between
// threads.
#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/article.hpp"
#include "core/content/exercise.hpp"
#include "core/content/language.hpp"
#include "core/content/pattern.hpp"

namespace motus::core {

class KnowledgeBase {
 public:
  KnowledgeBase() = default;
  KnowledgeBase(std::vector<Exercise> exercises, std::vector<Pattern> patterns,
                std::vector<Article> articles, Language language = Language::en);

  // The language of its words (translation.hpp lays another language's words over a copy):
  // the program engine words what it says itself (a change's reason, a dose) in it too, so the
  // one choice of knowledge base (api/shared/language.hpp) sets every word of an answer.
  Language language() const { return language_; }

  const std::vector<Exercise>& exercises() const { return exercises_; }
  const std::vector<Pattern>& patterns() const { return patterns_; }
  const std::vector<Article>& articles() const { return articles_; }

  // nullptr when there is no such item. With duplicate ids, the first one read wins (the
  // validator reports the duplicate).
  const Exercise* exercise(std::string_view id) const;
  const Pattern* pattern(std::string_view id) const;
  const Article* article(std::string_view slug) const;

  // The exercises whose `patterns` list names this pattern, in file order.
  std::vector<const Exercise*> exercises_for_pattern(std::string_view pattern_id) const;
  // The exercise one step easier or harder, or nullptr at the end of the ladder.
  const Exercise* easier_than(const Exercise& exercise) const;
  const Exercise* harder_than(const Exercise& exercise) const;

 private:
  using Index = std::map<std::string, std::size_t, std::less<>>;

  std::vector<Exercise> exercises_;
  std::vector<Pattern> patterns_;
  std::vector<Article> articles_;
  Language language_ = Language::en;
  Index exercise_index_;
  Index pattern_index_;
  Index article_index_;
};

}  // namespace motus::core
