#include "api/content/json.hpp"

#include "core/markdown.hpp"

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

}  // namespace

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
