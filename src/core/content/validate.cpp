#include "core/content/validate.hpp"

#include <algorithm>
#include <map>

#include "core/content/validation_steps.hpp"

namespace motus::core {
namespace validation {

void FileProblems::check_count(const std::string& field, std::size_t count, std::size_t fewest,
                               std::size_t most, std::string_view what) {
  if (count >= fewest && count <= most) return;
  std::string wanted = most == static_cast<std::size_t>(-1)
                           ? "at least " + std::to_string(fewest)
                           : std::to_string(fewest) + " to " + std::to_string(most);
  add(field, "needs " + wanted + " " + std::string(what) + ", has " + std::to_string(count));
}

void FileProblems::check_range(const std::string& field, double value, double lowest,
                               double highest) {
  if (value >= lowest && value <= highest) return;
  auto number = [](double x) {
    auto text = std::to_string(x);
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.') text.pop_back();
    return text;
  };
  add(field,
      number(value) + " is outside the allowed range " + number(lowest) + " to " + number(highest));
}

void FileProblems::check_not_empty(const std::string& field, const std::string& text) {
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) add(field, "must not be empty");
}

std::string_view file_stem(std::string_view file) {
  auto slash = file.find_last_of('/');
  if (slash != std::string_view::npos) file.remove_prefix(slash + 1);
  auto dot = file.find_last_of('.');
  return dot == std::string_view::npos ? file : file.substr(0, dot);
}

namespace {

bool is_lower_word(std::string_view text, char separator) {
  if (text.empty() || text.front() < 'a' || text.front() > 'z') return false;
  if (text.back() == separator) return false;
  char previous = 0;
  for (char c : text) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == separator;
    if (!ok || (c == separator && previous == separator)) return false;
    previous = c;
  }
  return true;
}

template <typename Item>
void check_unique(const std::vector<Item>& items, std::string Item::*key, const char* field,
                  std::vector<ContentProblem>& problems) {
  std::map<std::string_view, const Item*> first_seen;
  for (const auto& item : items) {
    auto [seen, inserted] = first_seen.try_emplace(item.*key, &item);
    if (!inserted) {
      problems.push_back({item.source_file, field,
                          "`" + item.*key + "` is already used by " + seen->second->source_file});
    }
  }
}

}  // namespace

bool is_snake_case(std::string_view id) { return is_lower_word(id, '_'); }
bool is_kebab_case(std::string_view slug) { return is_lower_word(slug, '-'); }

void check_duplicates(const KnowledgeBase& knowledge_base, std::vector<ContentProblem>& problems) {
  check_unique(knowledge_base.exercises(), &Exercise::id, "id", problems);
  check_unique(knowledge_base.patterns(), &Pattern::id, "id", problems);
  check_unique(knowledge_base.articles(), &Article::slug, "slug", problems);
}

}  // namespace validation

std::vector<ContentProblem> validate(const KnowledgeBase& knowledge_base) {
  using namespace validation;
  std::vector<ContentProblem> problems;
  for (const auto& exercise : knowledge_base.exercises()) {
    check_exercise(knowledge_base, exercise, problems);
  }
  for (const auto& pattern : knowledge_base.patterns()) {
    check_pattern(knowledge_base, pattern, problems);
  }
  for (const auto& article : knowledge_base.articles()) {
    check_article(knowledge_base, article, problems);
  }
  check_duplicates(knowledge_base, problems);
  check_variant_chains(knowledge_base, problems);
  check_ladders(knowledge_base, problems);
  std::stable_sort(problems.begin(), problems.end(),
                   [](const auto& a, const auto& b) { return a.file < b.file; });
  return problems;
}

}  // namespace motus::core
