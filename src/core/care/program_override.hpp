#pragma once
// A therapist's override of a member's program: the exercises and doses to use from now on
// and a note the member reads. Checked here against the knowledge base so a typo never
// reaches a member's session; the journey applies it to its ProgramState.
#include <string>
#include <vector>

#include "core/content/exercise.hpp"
#include "core/content/knowledge_base.hpp"

namespace motus::core::care {

struct OverrideExercise {
  std::string exercise_id;
  Dosage dose;
};

struct ProgramOverride {
  std::vector<OverrideExercise> exercises;
  std::string note;  // shown to the member, in the therapist's words
};

struct OverrideProblem {
  std::string field;    // e.g. exercises[2].sets
  std::string message;  // plain words
};

// Everything wrong with the override; empty when it may be stored.
std::vector<OverrideProblem> check_override(const ProgramOverride& program_override,
                                            const KnowledgeBase& knowledge_base);

}  // namespace motus::core::care
