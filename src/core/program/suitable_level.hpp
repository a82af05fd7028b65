#pragma once
// Finding the level of an exercise that suits a person: the exercise itself, another form of
// the same movement that is no harder (the tummy brace seated instead of lying, the supported
// child's pose; the form sharing most of its positions first), or a step down its `easier` ladder,
// each step checked the same way. Used when a program is built and when a re-screen finds an
// exercise no longer suits.
#include <functional>

#include "core/content/knowledge_base.hpp"
#include "core/program/person_limits.hpp"

namespace motus::core::program {

// How far down an `easier` ladder the engine looks.
inline constexpr int kLadderSteps = 6;

// The first level that suits `limits` and that `also` accepts (when given); nullptr if none.
const Exercise* suitable_level(const Exercise* exercise, const PersonLimits& limits,
                               const KnowledgeBase& knowledge_base,
                               const std::function<bool(const Exercise&)>& also = {});

}  // namespace motus::core::program
