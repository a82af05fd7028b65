#pragma once
// The filters of the exercise list, read from the query string. A value we do not know is the
// caller's mistake: a 400 that names the parameter and the values it accepts, rather than an
// empty list that looks like "no exercises".
#include <optional>
#include <string>

#include "core/content/knowledge_base.hpp"
#include "http/message.hpp"

namespace motus::api {

struct ExerciseFilter {
  std::optional<std::string> pattern;  // a pattern id the knowledge base holds
  std::optional<core::Position> position;
  std::optional<core::Equipment> equipment;
  std::optional<core::Kind> kind;
};

// Throws http::HttpError(400) for an unknown value.
ExerciseFilter read_exercise_filter(const http::Request& request,
                                    const core::KnowledgeBase& knowledge_base);

// True when the exercise meets every filter given.
bool passes(const core::Exercise& exercise, const ExerciseFilter& filter);

}  // namespace motus::api
