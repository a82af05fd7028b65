#pragma once
// A program as a person reads it in one language. A stored program keeps the words it was built
// with (each exercise's why, the tips), so every read words them again in the reader's
// language: the why from the exercise and the pattern it serves (why_text.hpp), each tip found
// in the knowledge bases and taken from `words` (tips.hpp). Names and cautions already come from
// `words` (current_program reads them there).
#include <span>

#include "core/content/knowledge_base.hpp"
#include "core/program/program.hpp"

namespace motus::core::program {

Program in_words(Program program, const KnowledgeBase& words,
                 std::span<const KnowledgeBase* const> known);

}  // namespace motus::core::program
