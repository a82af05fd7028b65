#include "store/care_program_override_repository.hpp"

namespace motus::store {
namespace {

constexpr Statement kInsertOverride{
    "insert_program_override",
    "INSERT INTO program_overrides (id, member_id, therapist_id, exercises, note, created_at, "
    "applied_at) VALUES ($1, $2, $3, $4, $5, $6, $7)"};
constexpr Statement kLatestOverride{
    "latest_program_override",
    "SELECT id, member_id, therapist_id, exercises, note, created_at, applied_at FROM "
    "program_overrides "
    "WHERE member_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1"};

}  // namespace

void insert_program_override(Connection& connection,
                             const StoredProgramOverride& program_override) {
  connection.execute(kInsertOverride, {program_override.id, program_override.member_id,
                                       program_override.therapist_id,
                                       program_override.exercises_json, program_override.note,
                                       program_override.created_at, program_override.applied_at});
}

std::optional<StoredProgramOverride> latest_program_override(Connection& connection,
                                                             const std::string& member_id) {
  const auto rows = connection.query(kLatestOverride, {member_id});
  if (rows.empty()) return std::nullopt;
  const auto& row = rows.front();
  return StoredProgramOverride{row.text(0),
                               row.text(1),
                               row.text(2),
                               row.text(3),
                               row.text(4),
                               row.integer(5),
                               row.is_null(6) ? row.integer(5) : row.integer(6)};
}

}  // namespace motus::store
