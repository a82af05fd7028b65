#include "content/read_items.hpp"

namespace motus::content {
namespace {

core::TherapistNotes read_therapist_notes(const YAML::Node& node, FileReport& report) {
  core::TherapistNotes notes;
  if (!node.IsDefined()) return notes;
  FieldReader fields(node, "therapist_notes.", report);
  notes.assessment = fields.texts("assessment");
  notes.treatment_ideas = fields.texts("treatment_ideas");
  notes.differential = fields.texts("differential");
  fields.reject_unknown_fields();
  return notes;
}

}  // namespace

core::Pattern read_pattern(const YAML::Node& root, FileReport& report) {
  FieldReader fields(root, "", report);
  core::Pattern pattern;
  pattern.id = fields.text("id");
  pattern.name = fields.text("name");
  pattern.short_description = fields.text("short");
  pattern.overview = fields.text("overview");
  pattern.how_it_feels = fields.texts("how_it_feels");
  pattern.aggravating = fields.texts("aggravating");
  pattern.causes = fields.texts("causes");
  pattern.what_helps = fields.texts("what_helps");
  pattern.see_a_doctor = fields.texts("see_a_doctor");
  pattern.core_exercises = fields.texts("core_exercises");
  pattern.articles = fields.texts("articles");
  pattern.evidence_note = fields.optional_text("evidence_note");
  pattern.therapist_notes = read_therapist_notes(fields.mapping("therapist_notes"), report);
  pattern.citations = fields.texts("citations");
  fields.reject_unknown_fields();
  pattern.source_file = report.file;
  return pattern;
}

}  // namespace motus::content
