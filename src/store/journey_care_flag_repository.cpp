#include "store/journey_care_flag_repository.hpp"

namespace motus::store {

namespace {

constexpr Statement kInsertCareFlag{"insert_care_flag",
                                    "INSERT INTO care_flags (id, member_id, kind, source, "
                                    "reason_codes, created_at) VALUES ($1, $2, $3, $4, $5, $6)"};
constexpr Statement kCareFlags{
    "member_care_flags",
    "SELECT id, kind, source, reason_codes, created_at, resolved_at FROM care_flags "
    "WHERE member_id = $1 ORDER BY created_at DESC, id DESC"};

}  // namespace

void insert_care_flag(Connection& connection, const CareFlag& flag) {
  connection.execute(kInsertCareFlag, {flag.id, flag.member_id, flag.kind, flag.source,
                                       flag.reason_codes, flag.created_at});
}

std::vector<CareFlag> care_flags(Connection& connection, const std::string& member_id) {
  std::vector<CareFlag> found;
  for (const Row& row : connection.query(kCareFlags, {member_id})) {
    CareFlag flag{row.text(0), member_id,      row.text(1), row.text(2),
                  row.text(3), row.integer(4), std::nullopt};
    if (!row.is_null(5)) flag.resolved_at = row.integer(5);
    found.push_back(std::move(flag));
  }
  return found;
}

}  // namespace motus::store
