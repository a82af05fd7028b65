#include "content/read_items.hpp"

namespace motus::content {
// Splits `---\n<front matter>\n---\n<body>`; nothing when the fences are missing.
std::optional<ArticleParts> split_front_matter(std::string_view text) {
  auto next_line = [&](std::size_t from) {
    auto end = text.find('\n', from);
    return end == std::string_view::npos ? text.size() : end + 1;
  };
  auto is_fence = [&](std::size_t from) {
    auto line = text.substr(from, next_line(from) - from);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r' || line.back() == ' ')) {
      line.remove_suffix(1);
    }
    return line == "---";
  };
  if (text.empty() || !is_fence(0)) return std::nullopt;
  auto start = next_line(0);
  for (auto line = start; line < text.size(); line = next_line(line)) {
    if (is_fence(line)) {
      return ArticleParts{text.substr(start, line - start), text.substr(next_line(line))};
    }
  }
  return std::nullopt;
}

std::optional<YAML::Node> read_front_matter(std::optional<ArticleParts> parts, FileReport& report) {
  if (!parts) {
    report.add("front matter",
               "the file must start with a `---` line, the fields, and another `---` line");
    return std::nullopt;
  }
  YAML::Node root;
  try {
    root = YAML::Load(std::string(parts->front_matter));
  } catch (const YAML::Exception& error) {
    // Front matter starts on the file's second line.
    report.add("front matter", "is not valid YAML: " + error.msg + " (line " +
                                   std::to_string(error.mark.line + 2) + ")");
    return std::nullopt;
  }
  if (!root.IsMap()) {
    report.add("front matter", "should be a set of `name: value` fields");
    return std::nullopt;
  }
  return root;
}

std::optional<core::Article> read_article(std::string_view text, FileReport& report) {
  core::Article article;
  article.source_file = report.file;
  auto parts = split_front_matter(text);
  auto root = read_front_matter(parts, report);
  if (!root) return std::nullopt;
  FieldReader fields(*root, "", report);
  article.slug = fields.text("slug");
  article.title = fields.text("title");
  article.summary = fields.text("summary");
  article.audience = fields.choice("audience", core::Audience::member);
  article.reading_minutes = fields.whole_number("reading_minutes");
  article.patterns = fields.texts("patterns", Need::optional);
  article.exercises = fields.texts("exercises", Need::optional);
  article.citations = fields.texts("citations", Need::optional);
  fields.reject_unknown_fields();
  article.body = std::string(parts->body);
  return article;
}

}  // namespace motus::content
