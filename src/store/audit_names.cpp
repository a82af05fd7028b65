#include "store/audit_names.hpp"

namespace motus::store {
namespace {

constexpr Statement kAuditPageNames{
    "audit_page_names",
    "SELECT l.seq, actor_account.first_name, actor_account.last_name, member_account.first_name, "
    "member_account.last_name "
    "FROM audit_log l LEFT JOIN users actor_account ON actor_account.id = l.actor_id "
    "LEFT JOIN users member_account ON member_account.id = l.member_id "
    "WHERE l.seq > $1 ORDER BY l.seq LIMIT $2"};

std::optional<std::string> full_name(const Row& row, std::size_t first) {
  const auto given = row.optional_text(first);
  const auto family = row.optional_text(first + 1);
  if (!given || !family) return std::nullopt;
  return *given + " " + *family;
}

}  // namespace

std::map<std::int64_t, AuditNames> audit_page_names(Connection& connection, std::int64_t after,
                                                    std::int64_t limit) {
  std::map<std::int64_t, AuditNames> out;
  for (const auto& row : connection.query(kAuditPageNames, {after, limit})) {
    out[row.integer(0)] = {full_name(row, 1), full_name(row, 3)};
  }
  return out;
}

}  // namespace motus::store
