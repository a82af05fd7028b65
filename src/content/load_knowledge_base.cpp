#include "content/load_knowledge_base.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "content/read_items.hpp"
#include "core/content/validate.hpp"

namespace motus::content {
namespace {

namespace fs = std::filesystem;

// Files with `extension` in `dir`/`folder`, sorted so problems come out in a stable order.
std::vector<fs::path> files_in(const fs::path& dir, const char* folder, const char* extension,
                               std::vector<core::ContentProblem>& problems) {
  std::vector<fs::path> files;
  std::error_code error;
  fs::directory_iterator entries(dir / folder, error);
  if (error) {
    problems.push_back({folder, "", "the folder cannot be read: " + error.message()});
    return files;
  }
  for (const auto& entry : entries) {
    if (entry.is_regular_file(error) && entry.path().extension() == extension) {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::optional<std::string> read_text(const fs::path& path, FileReport& report) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  if (in) text << in.rdbuf();
  if (!in) {
    report.add("", "the file cannot be read");
    return std::nullopt;
  }
  return std::move(text).str();
}

// Parses a YAML file whose top level must be a mapping.
std::optional<YAML::Node> parse_yaml(const std::string& text, FileReport& report) {
  try {
    auto root = YAML::Load(text);
    if (root.IsMap()) return root;
    report.add("", "should be a set of `name: value` fields");
  } catch (const YAML::Exception& error) {
    report.add("yaml", "is not valid YAML: " + error.msg + " (line " +
                           std::to_string(error.mark.line + 1) + ")");
  }
  return std::nullopt;
}

template <typename Item, typename Read>
std::vector<Item> load_folder(const fs::path& dir, const char* folder, const char* extension,
                              std::vector<core::ContentProblem>& problems, Read read,
                              const std::string& prefix = "") {
  std::vector<Item> items;
  for (const auto& path : files_in(dir, folder, extension, problems)) {
    FileReport report{prefix + folder + "/" + path.filename().string(), problems};
    if (auto text = read_text(path, report)) {
      if (auto item = read(*text, report)) items.push_back(std::move(*item));
    }
  }
  return items;
}

// A translation's folders may be missing (every English item is then reported untranslated);
// its files are named from the content folder, e.g. `es/exercises/bridge.yaml`.
template <typename Item, typename Read>
std::vector<Item> load_translated_folder(const fs::path& dir, const std::string& language,
                                         const char* folder, const char* extension,
                                         std::vector<core::ContentProblem>& problems, Read read) {
  std::error_code error;
  if (!fs::is_directory(dir / language / folder, error)) return {};
  return load_folder<Item>(dir / language, folder, extension, problems, read, language + "/");
}

template <typename ReadYaml>
auto yaml_item(ReadYaml read) {
  return [read](const std::string& text, FileReport& report) {
    auto root = parse_yaml(text, report);
    return root ? std::optional(read(*root, report)) : std::nullopt;
  };
}

bool covers(const std::string& reported, const std::string& field) {
  if (reported.empty() || reported == field) return true;
  return field.starts_with(reported) && field.size() > reported.size() &&
         (field[reported.size()] == '.' || field[reported.size()] == '[');
}

}  // namespace

LoadResult load_knowledge_base(const fs::path& dir) {
  LoadResult result;
  auto& problems = result.problems;
  auto exercises =
      load_folder<core::Exercise>(dir, "exercises", ".yaml", problems, yaml_item(read_exercise));
  auto patterns =
      load_folder<core::Pattern>(dir, "patterns", ".yaml", problems, yaml_item(read_pattern));
  auto articles = load_folder<core::Article>(dir, "articles", ".md", problems, read_article);
  result.knowledge_base =
      core::KnowledgeBase(std::move(exercises), std::move(patterns), std::move(articles));
  const std::string spanish(core::to_string(core::Language::es));
  result.spanish.language = core::Language::es;
  result.spanish.exercises = load_translated_folder<core::ExerciseWords>(
      dir, spanish, "exercises", ".yaml", problems, yaml_item(read_exercise_words));
  result.spanish.patterns = load_translated_folder<core::PatternWords>(
      dir, spanish, "patterns", ".yaml", problems, yaml_item(read_pattern_words));
  result.spanish.articles = load_translated_folder<core::ArticleWords>(
      dir, spanish, "articles", ".md", problems, read_article_words);
  return result;
}

std::vector<core::ContentProblem> check_knowledge_base(const LoadResult& loaded) {
  auto problems = loaded.problems;
  for (auto& found : core::validate(loaded.knowledge_base)) {
    bool already_reported =
        std::any_of(loaded.problems.begin(), loaded.problems.end(), [&](const auto& known) {
          return known.file == found.file && covers(known.field, found.field);
        });
    if (!already_reported) problems.push_back(std::move(found));
  }
  for (auto& found : core::validate_translation(loaded.knowledge_base, loaded.spanish)) {
    problems.push_back(std::move(found));
  }
  std::stable_sort(problems.begin(), problems.end(),
                   [](const auto& a, const auto& b) { return a.file < b.file; });
  return problems;
}

}  // namespace motus::content
