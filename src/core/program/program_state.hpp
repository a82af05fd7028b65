#pragma once
// What the caller stores between sessions so the program can adapt: the current dose of
// each exercise and the history the pain-monitoring model needs (the last level that was
// tolerated, how many sessions in a row felt easy). A plain value; program_json.hpp maps it
// to JSON for storage.
#include <optional>
#include <string>
#include <vector>

#include "core/assessment/intake.hpp"
#include "core/content/knowledge_base.hpp"
#include "core/program/person_limits.hpp"
#include "core/program/pregnancy_dating.hpp"
#include "core/program/program.hpp"

namespace motus::core::program {

struct ExerciseState {
  Prescription current;
  Prescription last_tolerated;  // the level and dose to return to after a flare
  int level = 0;                // step-ups (+1) and step-downs (−1) from the starting level
  int easy_sessions = 0;        // consecutive sessions rated "easy" with safe, settled pain
};

struct ProgramState {
  Phase phase = Phase::build;
  int budget_minutes = 0;
  bool paused = false;  // a warning sign was reported: no exercise until a clinician has seen them
  int sessions = 0;
  int steps_up = 0;     // net step-ups over all exercises (a step down counts back, below 0 too)
  PersonLimits limits;  // as they stand now: rescreen() and adapt() re-work them
  std::optional<PregnancyDating> pregnancy;  // how far along on the day the program began
  int settled_sessions = 0;  // sessions in a row with an acceptable 24-hour response
  std::vector<ExerciseState> exercises;
  std::vector<std::string> tips;
};

enum class Difficulty { easy, right, hard };

struct ExerciseFeedback {
  std::string exercise_id;
  bool done = true;
  int pain = 0;  // 0–10 during the exercise
  Difficulty difficulty = Difficulty::right;
};

struct SessionFeedback {
  int pain_before = 0;
  int pain_after = 0;
  std::optional<int> next_morning_pain;
  std::vector<ExerciseFeedback> exercises;
  assessment::EnumSet<assessment::RedFlag> red_flags;  // warning signs new since the last session
};

enum class Action { progress, hold, regress, swap, modify, pause };

struct Change {
  std::string exercise_id;  // empty for a change to the whole program (pause)
  Action action = Action::hold;
  std::string reason;  // plain words
};

struct Adaptation {
  ProgramState state;
  std::vector<Change> changes;
};

ProgramState start_state(const Program& program, const PersonLimits& limits);
// The state of a program built from this intake on `today`: its limits, and the pregnancy
// dated so that the trimester moves on with the calendar.
ProgramState start_state(const Program& program, const assessment::Intake& intake, Day today);
// The program as it stands, each exercise with the cautions that apply to the person now.
Program current_program(const ProgramState& state, const KnowledgeBase& knowledge_base);

// The limits re-worked for `today` (the pregnancy stage moved on with the calendar), and every
// exercise that no longer suits them stepped down its `easier` ladder, or swapped for another
// exercise of the same kind and pattern, or, with neither, taken out; one change per exercise
// that moved, each saying why. Call it before building a day's session and before adapt().
Adaptation rescreen(const ProgramState& state, Day today, const KnowledgeBase& knowledge_base);

// One session's feedback applied by the pain-monitoring model (pain_monitoring.hpp).
Adaptation adapt(const ProgramState& state, const SessionFeedback& feedback,
                 const KnowledgeBase& knowledge_base);

}  // namespace motus::core::program

namespace motus::core::assessment {
template <>
struct EnumNames<program::Difficulty> {
  static constexpr std::array<std::string_view, 3> names{"easy", "right", "hard"};
};
template <>
struct EnumNames<program::Action> {
  static constexpr std::array<std::string_view, 6> names{"progress", "hold",   "regress",
                                                         "swap",     "modify", "pause"};
};
}  // namespace motus::core::assessment
