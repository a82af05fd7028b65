#pragma once
// A member's intakes (with the assessment each gave), the program they follow now (its
// adaptable state as the core's JSON) and the program's level after each change.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/db.hpp"

namespace motus::store {

struct IntakeRecord {
  std::string id;
  std::string member_id;
  std::int64_t created_at = 0;
  std::string tier;
  std::string intake;      // JSON text
  std::string assessment;  // JSON text
};

struct ProgramRecord {
  std::string member_id;
  std::string intake_id;
  std::int64_t started_at = 0;
  std::int64_t updated_at = 0;
  bool paused = false;
  std::string state;  // core ProgramState JSON text
};

struct ProgramLevel {
  std::int64_t at = 0;
  std::string phase;
  std::int64_t steps_up = 0;
  std::int64_t sessions = 0;
  bool paused = false;
};

void insert_intake(Connection& connection, const IntakeRecord& intake);
std::optional<IntakeRecord> latest_intake(Connection& connection, const std::string& member_id);

// Inserts or replaces the member's one current program.
void save_program(Connection& connection, const ProgramRecord& program);
// Stores the state after an adaptation; started_at and intake_id stay.
void update_program_state(Connection& connection, const std::string& member_id,
                          const std::string& state, bool paused, std::int64_t now_ms);
std::optional<ProgramRecord> find_program(Connection& connection, const std::string& member_id);
// An emergency or urgent intake leaves no program to follow.
void remove_program(Connection& connection, const std::string& member_id);

void append_program_level(Connection& connection, const std::string& member_id,
                          const ProgramLevel& level);
std::vector<ProgramLevel> program_levels(Connection& connection, const std::string& member_id);

}  // namespace motus::store
