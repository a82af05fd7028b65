#pragma once
#include <vector>

#include "core/content/content_problem.hpp"
#include "core/content/knowledge_base.hpp"

namespace motus::core {

// Checks every rule of content/SCHEMA.md that a loaded knowledge base can break: file names,
// ranges, list lengths, references between items, variant ladders and animations. Returns
// nothing when the content is fit to serve; problems are grouped by file.
std::vector<ContentProblem> validate(const KnowledgeBase& knowledge_base);

}  // namespace motus::core
