#include <limits>

#include "core/content/validation_steps.hpp"

namespace motus::core::validation {
namespace {

constexpr auto kNoLimit = std::numeric_limits<std::size_t>::max();

void check_texts(const std::string& field, const std::vector<std::string>& texts,
                 std::size_t fewest, FileProblems& problems) {
  problems.check_count(field, texts.size(), fewest, kNoLimit, "entries");
  for (std::size_t i = 0; i < texts.size(); ++i) {
    problems.check_not_empty(field + "[" + std::to_string(i) + "]", texts[i]);
  }
}

}  // namespace

void check_pattern(const KnowledgeBase& knowledge_base, const Pattern& pattern,
                   std::vector<ContentProblem>& all) {
  FileProblems problems(all, pattern.source_file);
  if (!is_pattern_id(pattern.id)) problems.add("id", "`" + pattern.id + "` is not a pattern id");
  if (pattern.id != file_stem(pattern.source_file)) {
    problems.add("id", "`" + pattern.id + "` must equal the file name");
  }
  problems.check_not_empty("name", pattern.name);
  problems.check_not_empty("short", pattern.short_description);
  problems.check_not_empty("overview", pattern.overview);
  check_texts("how_it_feels", pattern.how_it_feels, 3, problems);
  check_texts("aggravating", pattern.aggravating, 3, problems);
  check_texts("causes", pattern.causes, 2, problems);
  check_texts("what_helps", pattern.what_helps, 3, problems);
  check_texts("see_a_doctor", pattern.see_a_doctor, 2, problems);
  check_texts("therapist_notes.assessment", pattern.therapist_notes.assessment, 1, problems);
  check_texts("therapist_notes.treatment_ideas", pattern.therapist_notes.treatment_ideas, 1,
              problems);
  check_texts("therapist_notes.differential", pattern.therapist_notes.differential, 1, problems);
  check_texts("citations", pattern.citations, 1, problems);

  problems.check_count("core_exercises", pattern.core_exercises.size(), 3, kNoLimit, "exercises");
  for (const auto& id : pattern.core_exercises) {
    if (knowledge_base.exercise(id) == nullptr) {
      problems.add("core_exercises", "no exercise has the id `" + id + "`");
    }
  }
  problems.check_count("articles", pattern.articles.size(), 1, kNoLimit, "article");
  for (const auto& slug : pattern.articles) {
    if (knowledge_base.article(slug) == nullptr) {
      problems.add("articles", "no article has the slug `" + slug + "`");
    }
  }
}

}  // namespace motus::core::validation
