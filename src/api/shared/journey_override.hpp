#pragma once
// The therapist's plan as the journey follows it: the newest program override stored by
// PUT /care/members/{id}/program, read back into the core's ProgramOverride with who set it and
// when. The core (program/therapist_override.hpp) decides what the plan does to the program.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/care/program_override.hpp"
#include "core/program/program_state.hpp"
#include "store/care_program_override_repository.hpp"
#include "store/db.hpp"
#include "store/journey_program_repository.hpp"

namespace motus::api {

struct TherapistPlan {
  core::care::ProgramOverride plan;
  std::string therapist_name;  // "Sam Rivers"; "your therapist" when the account is gone
  std::int64_t set_at = 0;
};

// A stored override's exercises read back into the core's plan (its note included).
core::care::ProgramOverride stored_plan(const store::StoredProgramOverride& stored);

// The plan's exercises as they are stored and shown: [{exercise_id, sets, reps, hold_seconds,
// sides, rest_seconds, dose_words}], dose_words in the core's one wording (dose_words.hpp).
nlohmann::json plan_exercises_json(const core::care::ProgramOverride& plan);

// nullopt when no therapist has changed the member's program. Call inside a read or a write.
std::optional<TherapistPlan> therapist_plan(store::Connection& connection,
                                            const std::string& member_id);

// The state the member follows: the stored one with the therapist's plan in force, if any.
core::program::ProgramState followed_state(const core::program::ProgramState& stored,
                                           const std::optional<TherapistPlan>& plan,
                                           const core::KnowledgeBase& content);

// The program a member follows now: the stored record, the therapist's plan if there is one,
// and the stored state with that plan in force. The program, today's session, the printable
// report and the care record all read it here, so each shows the exercises the member actually
// does. The stored state is parsed through the shared cache (journey_program_cache.hpp).
// The stored state is first re-screened for the day (core/program/program_state.hpp rescreen:
// the pregnancy stage moves on with the calendar, exercises that no longer suit are swapped),
// so every reader sees the limits as they stand today; `rescreened` says what moved and why.
struct ProgramInForce {
  store::ProgramRecord record;
  std::optional<TherapistPlan> plan;
  core::program::ProgramState state;
  std::vector<core::program::Change> rescreened;
};

// nullopt when the member has no program. Call inside a read or a write; `now_ms` is the
// server's clock.
std::optional<ProgramInForce> program_in_force(store::Connection& connection,
                                               const std::string& member_id,
                                               const core::KnowledgeBase& content,
                                               std::int64_t now_ms);

// {message: "Your therapist changed your plan: …", note, by, at, on}, or null without a plan.
nlohmann::ordered_json therapist_change_json(const std::optional<TherapistPlan>& plan,
                                             core::Language language = core::Language::en);

}  // namespace motus::api
