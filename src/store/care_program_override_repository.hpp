#pragma once
// Program overrides written by a therapist. The journey reads the newest one on every program
// read and session (api/shared/journey_override.hpp), so an override is in force from the moment it
// is stored: applied_at is written with it. Exercises are stored as JSON text.
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
  // When it took effect. Rows stored before applied_at was written read back as created_at:
  // the journey has always applied the newest override from the moment it was stored.
  std::int64_t applied_at = 0;
};

void insert_program_override(Connection& connection, const StoredProgramOverride& program_override);
std::optional<StoredProgramOverride> latest_program_override(Connection& connection,
                                                             const std::string& member_id);

}  // namespace motus::store
