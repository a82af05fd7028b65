#include <algorithm>
#include <array>
#include <set>

#include "core/content/translation.hpp"

namespace motus::core {
namespace {

// Texts that are the same word in both languages: names and units. Keep this short; anything
// else identical to the English is an untranslated text.
constexpr std::array<std::string_view, 4> kSameInBothLanguages{"Tai chi", "Yoga", "Pilates", "OK"};

std::string_view bare_text(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

bool allowed_same(std::string_view text) {
  return std::find(kSameInBothLanguages.begin(), kSameInBothLanguages.end(), text) !=
         kSameInBothLanguages.end();
}

class Checker {
 public:
  Checker(std::string file, std::vector<ContentProblem>& problems)
      : file_(std::move(file)), problems_(problems) {}

  void add(std::string field, std::string message) {
    problems_.push_back({file_, std::move(field), std::move(message)});
  }

  // One text: present when the English has one, and not the English word for word.
  void text(const std::string& field, const std::string& english, const std::string& words) {
    if (bare_text(english).empty()) return;
    if (bare_text(words).empty()) {
      add(field, "has no Spanish text; the English is: " + std::string(bare_text(english)));
    } else if (bare_text(words) == bare_text(english) && !allowed_same(bare_text(words))) {
      add(field, "is the same as the English text; write it in Spanish");
    }
  }

  void texts(const std::string& field, const std::vector<std::string>& english,
             const std::vector<std::string>& words) {
    const bool all_empty = std::all_of(english.begin(), english.end(), [](const std::string& text) {
      return bare_text(text).empty();
    });
    if (words.empty() && all_empty) return;
    if (english.size() != words.size()) {
      add(field, "needs " + std::to_string(english.size()) + " texts, one for each in the " +
                     "English file, has " + std::to_string(words.size()));
      return;
    }
    for (std::size_t i = 0; i < english.size(); ++i) {
      text(field + "[" + std::to_string(i) + "]", english[i], words[i]);
    }
  }

 private:
  std::string file_;
  std::vector<ContentProblem>& problems_;
};

std::string folder_of(Language language) { return std::string(to_string(language)) + "/"; }

void check(const Exercise& english, const ExerciseWords& words,
           std::vector<ContentProblem>& problems) {
  Checker check(words.source_file, problems);
  check.text("name", english.name, words.name);
  check.text("summary", english.summary, words.summary);
  check.texts("steps", english.steps, words.steps);
  check.text("breathing", english.breathing, words.breathing);
  std::set<std::string> conditions;
  for (const auto& caution : english.cautions) {
    const std::string condition(to_string(caution.condition));
    conditions.insert(condition);
    auto found = words.cautions.find(condition);
    check.text("cautions." + condition, caution.text,
               found == words.cautions.end() ? std::string() : found->second);
  }
  for (const auto& [condition, text] : words.cautions) {
    if (!conditions.contains(condition)) {
      check.add("cautions." + condition, "the English file has no caution for " + condition);
    }
  }
  std::vector<std::string> cues;
  for (const auto& keyframe : english.keyframes) cues.push_back(keyframe.cue);
  check.texts("cues", cues, words.cues);
}

void check(const Pattern& english, const PatternWords& words,
           std::vector<ContentProblem>& problems) {
  Checker check(words.source_file, problems);
  check.text("name", english.name, words.name);
  check.text("short", english.short_description, words.short_description);
  check.text("overview", english.overview, words.overview);
  check.texts("how_it_feels", english.how_it_feels, words.how_it_feels);
  check.texts("aggravating", english.aggravating, words.aggravating);
  check.texts("causes", english.causes, words.causes);
  check.texts("what_helps", english.what_helps, words.what_helps);
  check.texts("see_a_doctor", english.see_a_doctor, words.see_a_doctor);
  if (english.evidence_note) {
    check.text("evidence_note", *english.evidence_note, words.evidence_note.value_or(""));
  } else if (words.evidence_note) {
    check.add("evidence_note", "the English file has no evidence_note");
  }
}

void check(const Article& english, const ArticleWords& words,
           std::vector<ContentProblem>& problems) {
  Checker check(words.source_file, problems);
  check.text("title", english.title, words.title);
  check.text("summary", english.summary, words.summary);
  check.text("body", english.body, words.body);
}

bool needs_translation(const Exercise&) { return true; }
bool needs_translation(const Pattern&) { return true; }
bool needs_translation(const Article& article) { return article.audience == Audience::member; }

// Every item that needs words has a translation file; every translation file names an item.
template <typename Item, typename Words>
void check_items(const std::vector<Item>& english, std::string Item::*key,
                 const std::vector<Words>& words, std::string Words::*words_key, Language language,
                 std::vector<ContentProblem>& problems) {
  std::map<std::string, const Words*, std::less<>> index;
  for (const auto& item : words) {
    if (!index.try_emplace(item.*words_key, &item).second) {
      problems.push_back({item.source_file, "", "translates the same item as another file"});
    }
  }
  std::set<std::string, std::less<>> known;
  for (const auto& item : english) {
    known.insert(item.*key);
    auto found = index.find(item.*key);
    if (found != index.end()) {
      check(item, *found->second, problems);
    } else if (needs_translation(item)) {
      problems.push_back(
          {item.source_file, "",
           "has no Spanish text yet: add " + folder_of(language) + item.source_file});
    }
  }
  for (const auto& item : words) {
    if (!known.contains(item.*words_key)) {
      problems.push_back({item.source_file, "",
                          "translates `" + item.*words_key + "`, which no English file has"});
    }
  }
}

}  // namespace

std::vector<ContentProblem> validate_translation(const KnowledgeBase& english,
                                                 const Translation& translation) {
  std::vector<ContentProblem> problems;
  check_items(english.exercises(), &Exercise::id, translation.exercises, &ExerciseWords::id,
              translation.language, problems);
  check_items(english.patterns(), &Pattern::id, translation.patterns, &PatternWords::id,
              translation.language, problems);
  check_items(english.articles(), &Article::slug, translation.articles, &ArticleWords::slug,
              translation.language, problems);
  return problems;
}

}  // namespace motus::core
