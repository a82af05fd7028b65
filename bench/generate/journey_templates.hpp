#pragma once
// The journeys generated members follow. A handful of intakes go through the real core once
// (assessment, program, then thirty sessions of adaptation), and every member reuses one of
// them, so the stored intakes, programs, levels and answers are what the server itself would
// have written, at the cost of a few hundred core calls instead of tens of millions.
#include <cstdint>
#include <string>
#include <vector>

#include "core/content/knowledge_base.hpp"

namespace motus::bench {

// What one logged session looks like, and where it leaves the program.
struct SessionStep {
  std::string feedback_after_client_id;  // the request body after its client_id field
  std::string answer;  // the stored first answer: changes and paused (see answer_note())
  std::int64_t pain_before = 0;
  std::int64_t pain_after = 0;
  std::int64_t next_morning_pain = 0;
  std::int64_t exercises = 0;
  std::string state_after;  // core ProgramState JSON
  std::string phase_after;
  std::int64_t steps_up_after = 0;
  std::int64_t sessions_after = 0;
  std::string exercise_after;  // an exercise in the program after this session
};

struct JourneyTemplate {
  std::string tier;
  std::string intake;        // JSON as a member sends it
  std::string assessment;    // JSON the core answered
  std::string reason_codes;  // JSON array, for the care flag of an emergency or urgent tier
  bool has_program = false;
  std::string start_state;  // core ProgramState JSON before any session
  std::string start_phase;
  std::string start_exercise;
  std::vector<SessionStep> steps;  // session 1, 2, ... in order
};

// Templates with a program first, then the ones that leave none (the care team's flags).
struct Journeys {
  std::vector<JourneyTemplate> with_program;
  std::vector<JourneyTemplate> flagged;
};

Journeys journey_templates(const core::KnowledgeBase& knowledge_base, int sessions);

// Why generated session rows keep a shorter answer than the server stores.
const char* answer_note();

}  // namespace motus::bench
