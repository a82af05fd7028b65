#pragma once
// Daily-life tips beside the timed exercises (docs/clinical-sources.md §4, the pattern file's
// `what_helps`), with techniques such as ice-and-stretch offered as tips, not timed sets
// (docs/clinical-sources.md §4).
#include <string>
#include <vector>

#include "core/assessment/assessment.hpp"
#include "core/content/knowledge_base.hpp"
#include "core/program/person_limits.hpp"

namespace motus::core::program {

std::vector<std::string> daily_tips(const std::vector<assessment::Pattern>& patterns,
                                    const PersonLimits& limits,
                                    const KnowledgeBase& knowledge_base);

}  // namespace motus::core::program
