#include "core/content/knowledge_base.hpp"

#include <algorithm>

namespace motus::core {
namespace {

template <typename Item, typename Key>
std::map<std::string, std::size_t, std::less<>> index_by(const std::vector<Item>& items, Key key) {
  std::map<std::string, std::size_t, std::less<>> index;
  for (std::size_t i = 0; i < items.size(); ++i) index.try_emplace(items[i].*key, i);
  return index;
}

template <typename Item, typename Index>
const Item* find_in(const std::vector<Item>& items, const Index& index, std::string_view key) {
  auto found = index.find(key);
  return found == index.end() ? nullptr : &items[found->second];
}

}  // namespace

KnowledgeBase::KnowledgeBase(std::vector<Exercise> exercises, std::vector<Pattern> patterns,
                             std::vector<Article> articles, Language language)
    : exercises_(std::move(exercises)),
      patterns_(std::move(patterns)),
      articles_(std::move(articles)),
      language_(language),
      exercise_index_(index_by(exercises_, &Exercise::id)),
      pattern_index_(index_by(patterns_, &Pattern::id)),
      article_index_(index_by(articles_, &Article::slug)) {}

const Exercise* KnowledgeBase::exercise(std::string_view id) const {
  return find_in(exercises_, exercise_index_, id);
}

const Pattern* KnowledgeBase::pattern(std::string_view id) const {
  return find_in(patterns_, pattern_index_, id);
}

const Article* KnowledgeBase::article(std::string_view slug) const {
  return find_in(articles_, article_index_, slug);
}

std::vector<const Exercise*> KnowledgeBase::exercises_for_pattern(
    std::string_view pattern_id) const {
  std::vector<const Exercise*> suited;
  for (const auto& exercise : exercises_) {
    if (std::find(exercise.patterns.begin(), exercise.patterns.end(), pattern_id) !=
        exercise.patterns.end()) {
      suited.push_back(&exercise);
    }
  }
  return suited;
}

const Exercise* KnowledgeBase::easier_than(const Exercise& exercise) const {
  return exercise.easier ? this->exercise(*exercise.easier) : nullptr;
}

const Exercise* KnowledgeBase::harder_than(const Exercise& exercise) const {
  return exercise.harder ? this->exercise(*exercise.harder) : nullptr;
}

}  // namespace motus::core
