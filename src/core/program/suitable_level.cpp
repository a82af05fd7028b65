#include "core/program/suitable_level.hpp"

#include <algorithm>

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

// How many of the exercise's positions the form shares: standing forms stand in for standing
// exercises before seated ones do (the wall hinge for the banded hip hinge, not the seated one).
std::size_t shared_positions(const Exercise& form, const Exercise& exercise) {
  return static_cast<std::size_t>(
      std::count_if(form.positions.begin(), form.positions.end(), [&](Position position) {
        return std::find(exercise.positions.begin(), exercise.positions.end(), position) !=
               exercise.positions.end();
      }));
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
    // Another form of the movement, no harder; the one sharing most positions first, library
    // order among equals.
    const Exercise* closest = nullptr;
    for (const Exercise& form : knowledge_base.exercises()) {
      if (form.id != exercise->id && family_of(form) == family_of(*exercise) &&
          form.kind != Kind::technique && !harder_than(form, *exercise, knowledge_base) &&
          fits(form) &&
          (closest == nullptr ||
           shared_positions(form, *exercise) > shared_positions(*closest, *exercise))) {
        closest = &form;
      }
    }
    if (closest != nullptr) return closest;
    exercise = knowledge_base.easier_than(*exercise);
  }
  return nullptr;
}

}  // namespace motus::core::program
