#pragma once
// Program overrides written by a therapist, kept for the member journey to apply (see
// migrations/sqlite/0005_care_team.sql for the hand-off). Exercises are stored as JSON text.
#include <cstdint>
#include <optional>
#include <string>

#include "store/db.hpp"

namespace motus::store {

struct StoredProgramOverride {
  std::string id;
  std::string member_id;
  std::string therapist_id;
  std::string exercises_json;  // [{exercise_id, sets, reps, hold_seconds, sides, rest_seconds}]
  std::string note;
  std::int64_t created_at = 0;
  std::int64_t applied_at = 0;  // 0: the journey has not applied it yet
};

void insert_program_override(Connection& connection, const StoredProgramOverride& program_override);
std::optional<StoredProgramOverride> latest_program_override(Connection& connection,
                                                             const std::string& member_id);

}  // namespace motus::store
