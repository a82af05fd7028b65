#pragma once
// Turns one parsed file into a knowledge-base item, reporting what does not fit the schema.
#include <yaml-cpp/yaml.h>

#include <optional>
#include <string_view>

#include "content/field_reader.hpp"
#include "core/content/article.hpp"
#include "core/content/exercise.hpp"
#include "core/content/pattern.hpp"
#include "core/content/translation.hpp"

namespace motus::content {

core::Exercise read_exercise(const YAML::Node& root, FileReport& report);
core::Pattern read_pattern(const YAML::Node& root, FileReport& report);
// `text` is the whole file: front matter between `---` lines, then the Markdown body.
// Nothing when the front matter cannot be read at all.
std::optional<core::Article> read_article(std::string_view text, FileReport& report);

// An article file's two parts: the front matter between `---` lines, then the Markdown body.
struct ArticleParts {
  std::string_view front_matter;
  std::string_view body;
};
// Nothing when the fences are missing.
std::optional<ArticleParts> split_front_matter(std::string_view text);
// The front matter as a YAML mapping; nothing (after reporting) when it cannot be read.
std::optional<YAML::Node> read_front_matter(std::optional<ArticleParts> parts, FileReport& report);

// The words of one translation file (content/<language>/..., SCHEMA.md "Other languages").
core::ExerciseWords read_exercise_words(const YAML::Node& root, FileReport& report);
core::PatternWords read_pattern_words(const YAML::Node& root, FileReport& report);
std::optional<core::ArticleWords> read_article_words(std::string_view text, FileReport& report);

}  // namespace motus::content
