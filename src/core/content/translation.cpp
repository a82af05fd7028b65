#include "core/content/translation.hpp"

namespace motus::core {
namespace {

void put(std::string& text, const std::string& words) {
  if (!words.empty()) text = words;
}

void put(std::vector<std::string>& texts, const std::vector<std::string>& words) {
  for (std::size_t i = 0; i < texts.size() && i < words.size(); ++i) put(texts[i], words[i]);
}

template <typename Words>
std::map<std::string, const Words*, std::less<>> by_key(const std::vector<Words>& items,
                                                        std::string Words::*key) {
  std::map<std::string, const Words*, std::less<>> index;
  for (const auto& item : items) index.try_emplace(item.*key, &item);
  return index;
}

void lay_over(Exercise& exercise, const ExerciseWords& words) {
  put(exercise.name, words.name);
  put(exercise.summary, words.summary);
  put(exercise.steps, words.steps);
  put(exercise.breathing, words.breathing);
  for (auto& caution : exercise.cautions) {
    auto found = words.cautions.find(std::string(to_string(caution.condition)));
    if (found != words.cautions.end()) put(caution.text, found->second);
  }
  for (std::size_t i = 0; i < exercise.keyframes.size() && i < words.cues.size(); ++i) {
    put(exercise.keyframes[i].cue, words.cues[i]);
  }
}

void lay_over(Pattern& pattern, const PatternWords& words) {
  put(pattern.name, words.name);
  put(pattern.short_description, words.short_description);
  put(pattern.overview, words.overview);
  put(pattern.how_it_feels, words.how_it_feels);
  put(pattern.aggravating, words.aggravating);
  put(pattern.causes, words.causes);
  put(pattern.what_helps, words.what_helps);
  put(pattern.see_a_doctor, words.see_a_doctor);
  if (pattern.evidence_note && words.evidence_note)
    put(*pattern.evidence_note, *words.evidence_note);
}

void lay_over(Article& article, const ArticleWords& words) {
  put(article.title, words.title);
  put(article.summary, words.summary);
  put(article.body, words.body);
}

template <typename Item, typename Words>
std::vector<Item> translated_items(const std::vector<Item>& items, std::string Item::*key,
                                   const std::vector<Words>& words, std::string Words::*words_key) {
  const auto index = by_key(words, words_key);
  std::vector<Item> result = items;
  for (auto& item : result) {
    auto found = index.find(item.*key);
    if (found != index.end()) lay_over(item, *found->second);
  }
  return result;
}

}  // namespace

KnowledgeBase translated(const KnowledgeBase& english, const Translation& translation) {
  return KnowledgeBase(
      translated_items(english.exercises(), &Exercise::id, translation.exercises,
                       &ExerciseWords::id),
      translated_items(english.patterns(), &Pattern::id, translation.patterns, &PatternWords::id),
      translated_items(english.articles(), &Article::slug, translation.articles,
                       &ArticleWords::slug),
      translation.language);
}

}  // namespace motus::core
