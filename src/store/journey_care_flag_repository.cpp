#include "store/journey_care_flag_repository.hpp"

namespace motus::store {

namespace {

constexpr Statement kInsertCareFlag{"insert_care_flag",
                                    "INSERT INTO care_flags (id, member_id, kind, source, "
                                    "reason_codes, created_at) VALUES ($1, $2, $3, $4, $5, $6)"};
constexpr Statement kCareFlags{
    "member_care_flags",
    "SELECT f.id, f.kind, f.source, f.reason_codes, f.created_at, f.resolved_at, "
    "f.resolved_by, f.resolution_note, u.first_name, u.last_name FROM care_flags f "
    "LEFT JOIN users u ON u.id = f.resolved_by "
    "WHERE f.member_id = $1 ORDER BY f.created_at DESC, f.id DESC"};
constexpr Statement kHandleCareFlag{
    "handle_care_flag",
    "UPDATE care_flags SET resolved_at = $3, resolved_by = $4, resolution_note = $5 "
    "WHERE id = $1 AND member_id = $2 AND resolved_at IS NULL"};
constexpr Statement kCareFlagOpen{"care_flag_open",
                                  "SELECT resolved_at FROM care_flags WHERE id = $1 AND "
                                  "member_id = $2"};

}  // namespace

void insert_care_flag(Connection& connection, const CareFlag& flag) {
  connection.execute(kInsertCareFlag, {flag.id, flag.member_id, flag.kind, flag.source,
                                       flag.reason_codes, flag.created_at});
}

std::vector<CareFlag> care_flags(Connection& connection, const std::string& member_id) {
  std::vector<CareFlag> found;
  for (const Row& row : connection.query(kCareFlags, {member_id})) {
    CareFlag flag{row.text(0),    member_id,    row.text(1), row.text(2), row.text(3),
                  row.integer(4), std::nullopt, {},          {},          {}};
    if (!row.is_null(5)) flag.resolved_at = row.integer(5);
    flag.resolved_by = row.optional_text(6).value_or("");
    flag.resolution_note = row.optional_text(7).value_or("");
    if (!row.is_null(8)) flag.resolved_by_name = row.text(8) + " " + row.text(9);
    found.push_back(std::move(flag));
  }
  return found;
}

FlagHandling handle_care_flag(Connection& connection, const std::string& flag_id,
                              const std::string& member_id, const std::string& therapist_id,
                              const std::string& note, std::int64_t now_ms) {
  const auto rows = connection.query(kCareFlagOpen, {flag_id, member_id});
  if (rows.empty()) return FlagHandling::not_found;
  if (!rows.front().is_null(0)) return FlagHandling::already_handled;
  connection.execute(kHandleCareFlag, {flag_id, member_id, now_ms, therapist_id, note});
  return FlagHandling::handled;
}

}  // namespace motus::store
