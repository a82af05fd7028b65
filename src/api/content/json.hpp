#pragma once
// The knowledge base as the public API shows it. Lists carry what a list screen needs; a
// single item carries everything a member may read about it. Therapist notes are clinician-only
// and appear in none of these.
#include <nlohmann/json.hpp>
#include <string_view>

#include "core/content/knowledge_base.hpp"

namespace motus::api {

nlohmann::json exercise_summary_json(const core::Exercise& exercise);
nlohmann::json exercise_json(const core::Exercise& exercise);
nlohmann::json pattern_summary_json(const core::Pattern& pattern);
nlohmann::json pattern_json(const core::Pattern& pattern);
nlohmann::json article_summary_json(const core::Article& article);
// Adds `html` (the body rendered and escaped) and `source` (the Markdown as written).
nlohmann::json article_json(const core::Article& article);

// The schemas of the shapes above (http/json_schema.hpp), written beside them so they change
// together; the routes document their answers with them.
nlohmann::json exercise_summary_schema();
nlohmann::json exercise_schema();
nlohmann::json pattern_summary_schema();
nlohmann::json pattern_schema();
nlohmann::json article_summary_schema();
nlohmann::json article_schema();

// Where the API serves one item: kind is exercise, pattern or article.
std::string content_url(std::string_view kind, std::string_view ref);

}  // namespace motus::api
