#include "api/content/json.hpp"

#include "core/markdown.hpp"
#include "http/json_schema.hpp"

namespace motus::api {
namespace {

using nlohmann::json;

template <typename Enum>
json names(const std::vector<Enum>& values) {
  json out = json::array();
  for (const auto value : values) out.push_back(core::to_string(value));
  return out;
}

json optional_text(const std::optional<std::string>& text) {
  return text ? json(*text) : json(nullptr);
}

json dosage_json(const core::Dosage& dosage) {
  return {{"sets", dosage.sets},
          {"reps", dosage.reps},
          {"hold_seconds", dosage.hold_seconds},
          {"minutes", dosage.minutes},
          {"sides", core::to_string(dosage.sides)},
          {"rest_seconds", dosage.rest_seconds}};
}

json cautions_json(const std::vector<core::Caution>& cautions) {
  json out = json::array();
  for (const auto& caution : cautions) {
    out.push_back({{"condition", core::to_string(caution.condition)},
                   {"action", core::to_string(caution.action)},
                   {"text", caution.text}});
  }
  return out;
}

json pose_json(const core::Pose& pose) {
  json out = json::object();
  for (const auto& joint : core::kPoseJoints) out[std::string(joint.name)] = pose.*joint.angle;
  return out;
}

json keyframes_json(const std::vector<core::Keyframe>& keyframes) {
  json out = json::array();
  for (const auto& keyframe : keyframes) {
    out.push_back({{"at", keyframe.at},
                   {"phase", keyframe.phase},
                   {"cue", keyframe.cue},
                   {"pose", pose_json(keyframe.pose)}});
  }
  return out;
}

namespace s = http::schema;

// The words a vocabulary allows, as the schema's enum: one list, the core's.
template <typename Enum>
json vocabulary() {
  const auto& names = core::Vocabulary<Enum>::names;
  return s::words(std::vector<std::string>(names.begin(), names.end()));
}

json texts() { return s::list(s::text()); }

}  // namespace

json exercise_summary_schema() {
  return s::named("ExerciseSummary",
                  s::object({{"id", s::text()},
                             {"name", s::text()},
                             {"kind", vocabulary<core::Kind>()},
                             {"summary", s::text()},
                             {"target_muscles", texts()},
                             {"positions", s::list(vocabulary<core::Position>())},
                             {"equipment", s::list(vocabulary<core::Equipment>())},
                             {"patterns", texts()},
                             {"easier", s::nullable(s::text())},
                             {"harder", s::nullable(s::text())},
                             {"url", s::text()}}));
}

json exercise_schema() {
  auto out = exercise_summary_schema();
  out["title"] = "Exercise";
  const json more = s::object(
      {{"steps", texts()},
       {"breathing", s::text()},
       {"dosage", s::object({{"sets", s::whole()},
                             {"reps", s::whole()},
                             {"hold_seconds", s::whole()},
                             {"minutes", s::whole()},
                             {"sides", vocabulary<core::Sides>()},
                             {"rest_seconds", s::whole()}})},
       {"cautions", s::list(s::object({{"condition", vocabulary<core::CautionCondition>()},
                                       {"action", vocabulary<core::CautionAction>()},
                                       {"text", s::text()}}))},
       {"citations", texts()},
       {"view", vocabulary<core::View>()},
       {"keyframes", s::list(s::object({{"at", s::number()},
                                        {"phase", s::text()},
                                        {"cue", s::text()},
                                        {"pose", s::map_of(s::number())}}))}});
  out["properties"].update(more["properties"]);
  for (const auto& name : more["required"]) out["required"].push_back(name);
  return out;
}

json pattern_summary_schema() {
  return s::named(
      "PatternSummary",
      s::object(
          {{"id", s::text()}, {"name", s::text()}, {"short", s::text()}, {"url", s::text()}}));
}

json pattern_schema() {
  auto out = pattern_summary_schema();
  out["title"] = "Pattern";
  for (const char* name : {"overview"}) {
    out["properties"][name] = s::text();
    out["required"].push_back(name);
  }
  for (const char* name : {"how_it_feels", "aggravating", "causes", "what_helps", "see_a_doctor",
                           "core_exercises", "articles", "citations"}) {
    out["properties"][name] = texts();
    out["required"].push_back(name);
  }
  out["properties"]["evidence_note"] = s::nullable(s::text());
  out["required"].push_back("evidence_note");
  return out;
}

json article_summary_schema() {
  return s::named("ArticleSummary", s::object({{"slug", s::text()},
                                               {"title", s::text()},
                                               {"summary", s::text()},
                                               {"audience", vocabulary<core::Audience>()},
                                               {"reading_minutes", s::whole()},
                                               {"patterns", texts()},
                                               {"url", s::text()}}));
}

json article_schema() {
  auto out = article_summary_schema();
  out["title"] = "Article";
  for (const char* name : {"exercises", "citations"}) {
    out["properties"][name] = texts();
    out["required"].push_back(name);
  }
  for (const char* name : {"html", "source"}) {
    out["properties"][name] = s::text();
    out["required"].push_back(name);
  }
  return out;
}

std::string content_url(std::string_view kind, std::string_view ref) {
  return "/api/v1/" + std::string(kind) + "s/" + std::string(ref);
}

json exercise_summary_json(const core::Exercise& exercise) {
  return {{"id", exercise.id},
          {"name", exercise.name},
          {"kind", core::to_string(exercise.kind)},
          {"summary", exercise.summary},
          {"target_muscles", exercise.target_muscles},
          {"positions", names(exercise.positions)},
          {"equipment", names(exercise.equipment)},
          {"patterns", exercise.patterns},
          {"easier", optional_text(exercise.easier)},
          {"harder", optional_text(exercise.harder)},
          {"url", content_url("exercise", exercise.id)}};
}

json exercise_json(const core::Exercise& exercise) {
  json out = exercise_summary_json(exercise);
  out["steps"] = exercise.steps;
  out["breathing"] = exercise.breathing;
  out["dosage"] = dosage_json(exercise.dosage);
  out["cautions"] = cautions_json(exercise.cautions);
  out["citations"] = exercise.citations;
  out["view"] = core::to_string(exercise.view);
  out["keyframes"] = keyframes_json(exercise.keyframes);
  return out;
}

json pattern_summary_json(const core::Pattern& pattern) {
  return {{"id", pattern.id},
          {"name", pattern.name},
          {"short", pattern.short_description},
          {"url", content_url("pattern", pattern.id)}};
}

json pattern_json(const core::Pattern& pattern) {
  json out = pattern_summary_json(pattern);
  out["overview"] = pattern.overview;
  out["how_it_feels"] = pattern.how_it_feels;
  out["aggravating"] = pattern.aggravating;
  out["causes"] = pattern.causes;
  out["what_helps"] = pattern.what_helps;
  out["see_a_doctor"] = pattern.see_a_doctor;
  out["core_exercises"] = pattern.core_exercises;
  out["articles"] = pattern.articles;
  out["evidence_note"] = optional_text(pattern.evidence_note);
  out["citations"] = pattern.citations;
  return out;
}

json article_summary_json(const core::Article& article) {
  return {{"slug", article.slug},
          {"title", article.title},
          {"summary", article.summary},
          {"audience", core::to_string(article.audience)},
          {"reading_minutes", article.reading_minutes},
          {"patterns", article.patterns},
          {"url", content_url("article", article.slug)}};
}

json article_json(const core::Article& article) {
  json out = article_summary_json(article);
  out["exercises"] = article.exercises;
  out["citations"] = article.citations;
  out["html"] = core::render_markdown(article.body);
  out["source"] = article.body;
  return out;
}

}  // namespace motus::api
