#include "core/program/program_words.hpp"

#include "core/program/tips.hpp"
#include "core/program/why_text.hpp"

namespace motus::core::program {

Program in_words(Program program, const KnowledgeBase& words,
                 std::span<const KnowledgeBase* const> known) {
  for (Prescription& prescription : program.exercises) {
    if (const Exercise* exercise = words.exercise(prescription.exercise_id)) {
      prescription.why =
          reworded_why(prescription.why, *exercise, prescription.pattern, words.language());
    }
  }
  for (std::string& tip : program.tips) tip = tip_in(tip, words, known);
  program.language = words.language();
  return program;
}

}  // namespace motus::core::program
