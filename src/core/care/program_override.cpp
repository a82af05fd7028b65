#include "core/care/program_override.hpp"

#include <set>

namespace motus::core::care {
namespace {

// Generous bounds: a therapist may go well beyond the engine's own doses, but not into
// numbers that can only be typing slips.
struct Bound {
  const char* name;
  int Dosage::*field;
  int low;
  int high;
};
constexpr Bound kBounds[] = {{"sets", &Dosage::sets, 1, 10},
                             {"reps", &Dosage::reps, 0, 50},
                             {"hold_seconds", &Dosage::hold_seconds, 0, 300},
                             {"rest_seconds", &Dosage::rest_seconds, 0, 600}};

constexpr std::size_t kMostExercises = 20;
constexpr std::size_t kLongestNote = 2000;

}  // namespace

std::vector<OverrideProblem> check_override(const ProgramOverride& program_override,
                                            const KnowledgeBase& knowledge_base) {
  std::vector<OverrideProblem> problems;
  const auto& exercises = program_override.exercises;
  if (exercises.empty() || exercises.size() > kMostExercises) {
    problems.push_back({"exercises", "List between 1 and 20 exercises."});
  }
  if (program_override.note.empty() || program_override.note.size() > kLongestNote) {
    problems.push_back(
        {"note",
         "Write a note for the member (up to 2000 characters) saying what changed and why."});
  }
  std::set<std::string> seen;
  for (std::size_t i = 0; i < exercises.size(); ++i) {
    const auto prefix = "exercises[" + std::to_string(i) + "]";
    const auto& item = exercises[i];
    if (knowledge_base.exercise(item.exercise_id) == nullptr) {
      problems.push_back(
          {prefix + ".exercise_id", "There is no exercise \"" + item.exercise_id + "\"."});
    } else if (!seen.insert(item.exercise_id).second) {
      problems.push_back({prefix + ".exercise_id", "This exercise is listed twice."});
    }
    for (const auto& bound : kBounds) {
      const int value = item.dose.*bound.field;
      if (value < bound.low || value > bound.high) {
        problems.push_back({prefix + "." + bound.name, std::string(bound.name) +
                                                           " must be between " +
                                                           std::to_string(bound.low) + " and " +
                                                           std::to_string(bound.high) + "."});
      }
    }
    if (item.dose.reps == 0 && item.dose.hold_seconds == 0) {
      problems.push_back({prefix, "Give reps, a hold time, or both."});
    }
  }
  return problems;
}

}  // namespace motus::core::care
