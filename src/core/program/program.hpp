#pragma once
// A personal daily program (docs/api-contract.md, `motus program`): which exercises, at what dose,
// why each one, and daily-life tips. Built from the intake and its assessment by pure functions.
#include <optional>
#include <string>
#include <vector>

#include "core/assessment/assessment.hpp"
#include "core/assessment/intake.hpp"
#include "core/content/knowledge_base.hpp"
#include "core/program/person_limits.hpp"

namespace motus::core::program {

// settle: high pain, fewer sets and the gentlest levels; build: the usual start;
// strengthen: after several step-ups, the program is working on strength.
enum class Phase { settle, build, strengthen };

struct Prescription {
  std::string exercise_id;
  Dosage dose;
  std::string why;  // plain words naming the pattern and the evidence
  assessment::Pattern pattern = assessment::Pattern::nonspecific;  // the pattern it serves
  // How this person does it (the exercise's `modify` cautions that apply to them). Worked out
  // from the content and the limits when the program is read, never stored.
  std::vector<std::string> cautions;
};

struct Program {
  Phase phase = Phase::build;
  int minutes = 0;  // the estimated daily time, never above the person's budget
  int budget_minutes = 0;
  std::vector<Prescription> exercises;
  std::vector<std::string> tips;
  // The language its words are read in (program_words.hpp sets it): dose_words follow it.
  Language language = Language::en;
};

// The program for this person, or nullopt for the emergency and urgent tiers (then the
// assessment's advice is all they get). The same inputs always give the same program.
std::optional<Program> build_program(const assessment::Intake& intake,
                                     const assessment::Assessment& assessment,
                                     const KnowledgeBase& knowledge_base);

// The patterns a program serves: the best one, and the runner-up when it scores well too.
std::vector<assessment::Pattern> program_patterns(const assessment::Assessment& assessment);

// The estimated minutes of a list of prescriptions, rounded up to a whole minute.
int estimate_minutes(const std::vector<Prescription>& exercises,
                     const KnowledgeBase& knowledge_base);

std::string_view phase_name(Phase phase);
std::optional<Phase> phase_from_name(std::string_view name);

}  // namespace motus::core::program
