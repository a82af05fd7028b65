#include "content/read_items.hpp"

namespace motus::content {

core::ExerciseWords read_exercise_words(const YAML::Node& root, FileReport& report) {
  FieldReader fields(root, "", report);
  core::ExerciseWords words;
  words.id = fields.text("id");
  words.name = fields.text("name");
  words.summary = fields.text("summary");
  words.steps = fields.texts("steps");
  words.breathing = fields.text("breathing", Need::optional);
  const auto cautions = fields.mapping("cautions", Need::optional);
  if (cautions.IsDefined()) {
    FieldReader caution_fields(cautions, "cautions.", report);
    for (const auto& entry : cautions) {
      const auto condition = entry.first.as<std::string>("");
      if (core::from_string<core::CautionCondition>(condition)) {
        words.cautions[condition] = caution_fields.text(condition);
      }
    }
    caution_fields.reject_unknown_fields();
  }
  words.cues = fields.texts("cues", Need::optional);
  fields.reject_unknown_fields();
  words.source_file = report.file;
  return words;
}

core::PatternWords read_pattern_words(const YAML::Node& root, FileReport& report) {
  FieldReader fields(root, "", report);
  core::PatternWords words;
  words.id = fields.text("id");
  words.name = fields.text("name");
  words.short_description = fields.text("short");
  words.overview = fields.text("overview");
  words.how_it_feels = fields.texts("how_it_feels");
  words.aggravating = fields.texts("aggravating");
  words.causes = fields.texts("causes");
  words.what_helps = fields.texts("what_helps");
  words.see_a_doctor = fields.texts("see_a_doctor");
  words.evidence_note = fields.optional_text("evidence_note");
  fields.reject_unknown_fields();
  words.source_file = report.file;
  return words;
}

std::optional<core::ArticleWords> read_article_words(std::string_view text, FileReport& report) {
  const auto parts = split_front_matter(text);
  const auto root = read_front_matter(parts, report);
  if (!root) return std::nullopt;
  FieldReader fields(*root, "", report);
  core::ArticleWords words;
  words.slug = fields.text("slug");
  words.title = fields.text("title");
  words.summary = fields.text("summary");
  fields.reject_unknown_fields();
  words.body = std::string(parts->body);
  words.source_file = report.file;
  return words;
}

}  // namespace motus::content
