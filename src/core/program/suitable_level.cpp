#include "core/program/suitable_level.hpp"

namespace motus::core::program {
namespace {

// True when `form` is a harder level of `exercise`: its `easier` ladder leads down to it.
bool harder_than(const Exercise& form, const Exercise& exercise,
                 const KnowledgeBase& knowledge_base) {
  const Exercise* step = knowledge_base.easier_than(form);
  for (int i = 0; step != nullptr && i < kLadderSteps; ++i) {
    if (step->id == exercise.id) return true;
    step = knowledge_base.easier_than(*step);
  }
  return false;
}

}  // namespace

const Exercise* suitable_level(const Exercise* exercise, const PersonLimits& limits,
                               const KnowledgeBase& knowledge_base,
                               const std::function<bool(const Exercise&)>& also) {
  const auto fits = [&](const Exercise& level) {
    return !unsuitable_because(level, limits) && (!also || also(level));
  };
  for (int step = 0; exercise != nullptr && step < kLadderSteps; ++step) {
    if (fits(*exercise)) return exercise;
    for (const Exercise& form : knowledge_base.exercises()) {
      if (form.id != exercise->id && family_of(form) == family_of(*exercise) &&
          form.kind != Kind::technique && !harder_than(form, *exercise, knowledge_base) &&
          fits(form)) {
        return &form;
      }
    }
    exercise = knowledge_base.easier_than(*exercise);
  }
  return nullptr;
}

}  // namespace motus::core::program
