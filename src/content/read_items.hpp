#pragma once
// Turns one parsed file into a knowledge-base item, reporting what does not fit the schema.
#include <yaml-cpp/yaml.h>

#include <optional>
#include <string_view>

#include "content/field_reader.hpp"
#include "core/content/article.hpp"
#include "core/content/exercise.hpp"
#include "core/content/pattern.hpp"

namespace motus::content {

core::Exercise read_exercise(const YAML::Node& root, FileReport& report);
core::Pattern read_pattern(const YAML::Node& root, FileReport& report);
// `text` is the whole file: front matter between `---` lines, then the Markdown body.
// Nothing when the front matter cannot be read at all.
std::optional<core::Article> read_article(std::string_view text, FileReport& report);

}  // namespace motus::content
