#pragma once
// Daily-life tips beside the timed exercises (docs/clinical-sources.md §4, the pattern file's
// `what_helps`), with techniques such as ice-and-stretch offered as tips, not timed sets
// (docs/clinical-sources.md §4).
#include <span>
#include <string>
#include <vector>

#include "core/assessment/assessment.hpp"
#include "core/content/knowledge_base.hpp"
#include "core/program/person_limits.hpp"

namespace motus::core::program {

std::vector<std::string> daily_tips(const std::vector<assessment::Pattern>& patterns,
                                    const PersonLimits& limits,
                                    const KnowledgeBase& knowledge_base);

// A program's tip as a person reads it in `words`' language: found among the tips any of the
// `known` knowledge bases gives (a pattern's what_helps, a technique's name and summary, our
// own two in either language) and said in words'. A tip found in none stays as it is (a
// stored program keeps the tips in the language it was built in).
std::string tip_in(const std::string& tip, const KnowledgeBase& words,
                   std::span<const KnowledgeBase* const> known);

}  // namespace motus::core::program
