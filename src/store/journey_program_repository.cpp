#include "store/journey_program_repository.hpp"

namespace motus::store {

namespace {

constexpr Statement kInsertIntake{"insert_member_intake",
                                  "INSERT INTO member_intakes (id, member_id, created_at, tier, "
                                  "intake, assessment) VALUES ($1, $2, $3, $4, $5, $6)"};
constexpr Statement kLatestIntake{
    "latest_member_intake",
    "SELECT id, member_id, created_at, tier, intake, assessment FROM member_intakes "
    "WHERE member_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1"};
constexpr Statement kSaveProgram{
    "save_member_program",
    "INSERT INTO member_programs (member_id, intake_id, started_at, updated_at, paused, state) "
    "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (member_id) DO UPDATE SET intake_id = "
    "excluded.intake_id, "
    "started_at = excluded.started_at, updated_at = excluded.updated_at, paused = excluded.paused, "
    "state = excluded.state"};
constexpr Statement kUpdateProgramState{
    "update_member_program_state",
    "UPDATE member_programs SET state = $2, paused = $3, updated_at = $4 WHERE member_id = $1"};
constexpr Statement kFindProgram{
    "find_member_program",
    "SELECT member_id, intake_id, started_at, updated_at, paused, state "
    "FROM member_programs WHERE member_id = $1"};
constexpr Statement kRemoveProgram{"remove_member_program",
                                   "DELETE FROM member_programs WHERE member_id = $1"};
constexpr Statement kAppendLevel{
    "append_member_program_level",
    "INSERT INTO member_program_levels (member_id, at, phase, steps_up, sessions, paused) "
    "VALUES ($1, $2, $3, $4, $5, $6)"};
constexpr Statement kProgramLevels{
    "member_program_levels",
    "SELECT at, phase, steps_up, sessions, paused FROM member_program_levels "
    "WHERE member_id = $1 ORDER BY at, rowid"};

std::int64_t flag(bool value) { return value ? 1 : 0; }

}  // namespace

void insert_intake(Connection& connection, const IntakeRecord& intake) {
  connection.execute(kInsertIntake, {intake.id, intake.member_id, intake.created_at, intake.tier,
                                     intake.intake, intake.assessment});
}

std::optional<IntakeRecord> latest_intake(Connection& connection, const std::string& member_id) {
  const auto rows = connection.query(kLatestIntake, {member_id});
  if (rows.empty()) return std::nullopt;
  const Row& row = rows.front();
  return IntakeRecord{row.text(0), row.text(1), row.integer(2),
                      row.text(3), row.text(4), row.text(5)};
}

void save_program(Connection& connection, const ProgramRecord& program) {
  connection.execute(kSaveProgram, {program.member_id, program.intake_id, program.started_at,
                                    program.updated_at, flag(program.paused), program.state});
}

void update_program_state(Connection& connection, const std::string& member_id,
                          const std::string& state, bool paused, std::int64_t now_ms) {
  connection.execute(kUpdateProgramState, {member_id, state, flag(paused), now_ms});
}

std::optional<ProgramRecord> find_program(Connection& connection, const std::string& member_id) {
  const auto rows = connection.query(kFindProgram, {member_id});
  if (rows.empty()) return std::nullopt;
  const Row& row = rows.front();
  return ProgramRecord{row.text(0),    row.text(1),         row.integer(2),
                       row.integer(3), row.integer(4) != 0, row.text(5)};
}

void remove_program(Connection& connection, const std::string& member_id) {
  connection.execute(kRemoveProgram, {member_id});
}

void append_program_level(Connection& connection, const std::string& member_id,
                          const ProgramLevel& level) {
  connection.execute(kAppendLevel, {member_id, level.at, level.phase, level.steps_up,
                                    level.sessions, flag(level.paused)});
}

std::vector<ProgramLevel> program_levels(Connection& connection, const std::string& member_id) {
  std::vector<ProgramLevel> levels;
  for (const Row& row : connection.query(kProgramLevels, {member_id})) {
    levels.push_back(
        {row.integer(0), row.text(1), row.integer(2), row.integer(3), row.integer(4) != 0});
  }
  return levels;
}

}  // namespace motus::store
