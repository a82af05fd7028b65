#include "core/content/validation_steps.hpp"

namespace motus::core::validation {

void check_article(const KnowledgeBase& knowledge_base, const Article& article,
                   std::vector<ContentProblem>& all) {
  FileProblems problems(all, article.source_file);
  if (!is_kebab_case(article.slug)) {
    problems.add("slug", "`" + article.slug + "` must be lower-case words joined by `-`");
  }
  if (article.slug != file_stem(article.source_file)) {
    problems.add("slug", "`" + article.slug + "` must equal the file name");
  }
  problems.check_not_empty("title", article.title);
  problems.check_not_empty("summary", article.summary);
  problems.check_range("reading_minutes", article.reading_minutes, 1, 15);
  for (const auto& pattern : article.patterns) {
    if (!is_pattern_id(pattern)) problems.add("patterns", "`" + pattern + "` is not a pattern id");
  }
  for (const auto& id : article.exercises) {
    if (knowledge_base.exercise(id) == nullptr) {
      problems.add("exercises", "no exercise has the id `" + id + "`");
    }
  }
  problems.check_not_empty("body", article.body);
}

}  // namespace motus::core::validation
