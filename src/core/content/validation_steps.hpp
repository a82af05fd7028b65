#pragma once
// The validator's parts, one per kind of rule; validate() runs them all. Internal to
// core/content.
#include <string>
#include <string_view>
#include <vector>

#include "core/content/content_problem.hpp"
#include "core/content/knowledge_base.hpp"

namespace motus::core::validation {

// Collects problems for one file.
class FileProblems {
 public:
  FileProblems(std::vector<ContentProblem>& all, std::string_view file) : all_(all), file_(file) {}

  void add(std::string field, std::string message) {
    all_.push_back({std::string(file_), std::move(field), std::move(message)});
  }

  // Adds a problem when `count` is outside [fewest, most]; `what` names one item.
  void check_count(const std::string& field, std::size_t count, std::size_t fewest,
                   std::size_t most, std::string_view what);
  void check_range(const std::string& field, double value, double lowest, double highest);
  void check_not_empty(const std::string& field, const std::string& text);

 private:
  std::vector<ContentProblem>& all_;
  std::string_view file_;
};

// The file name without folder and extension: `exercises/bridge.yaml` gives `bridge`.
std::string_view file_stem(std::string_view file);
bool is_snake_case(std::string_view id);
bool is_kebab_case(std::string_view slug);

void check_exercise(const KnowledgeBase& knowledge_base, const Exercise& exercise,
                    std::vector<ContentProblem>& problems);
void check_keyframes(const Exercise& exercise, FileProblems& problems);
void check_pattern(const KnowledgeBase& knowledge_base, const Pattern& pattern,
                   std::vector<ContentProblem>& problems);
void check_article(const KnowledgeBase& knowledge_base, const Article& article,
                   std::vector<ContentProblem>& problems);
void check_variant_chains(const KnowledgeBase& knowledge_base,
                          std::vector<ContentProblem>& problems);
void check_ladders(const KnowledgeBase& knowledge_base, std::vector<ContentProblem>& problems);
void check_duplicates(const KnowledgeBase& knowledge_base, std::vector<ContentProblem>& problems);

}  // namespace motus::core::validation
