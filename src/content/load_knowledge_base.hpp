#pragma once
#include <filesystem>
#include <vector>

#include "core/content/content_problem.hpp"
#include "core/content/knowledge_base.hpp"
#include "core/content/translation.hpp"

namespace motus::content {

struct LoadResult {
  core::KnowledgeBase knowledge_base;
  // The Spanish words from `dir`/es/ (SCHEMA.md "Other languages"), laid over the English by
  // core::translated.
  core::Translation spanish;
  // What could not be read: YAML syntax, wrong types, missing or unknown fields. An item whose
  // file does not parse at all is left out of the knowledge base.
  std::vector<core::ContentProblem> problems;
};

// Reads `dir`/exercises/*.yaml, `dir`/patterns/*.yaml and `dir`/articles/*.md, and their
// Spanish words from `dir`/es/exercises, `dir`/es/patterns and `dir`/es/articles. Never throws
// for bad content; every file is named relative to `dir` (e.g. `exercises/bridge.yaml`).
LoadResult load_knowledge_base(const std::filesystem::path& dir);

// Loading and validation problems together, without the validator repeating a field the
// loader already reported (a missing `keyframes` is not also "0 keyframes").
std::vector<core::ContentProblem> check_knowledge_base(const LoadResult& loaded);

}  // namespace motus::content
