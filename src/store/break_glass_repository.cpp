#include "store/break_glass_repository.hpp"

namespace motus::store {

namespace {

constexpr Statement kInsert{"insert_break_glass",
                            "INSERT INTO break_glass (id, member_id, actor_id, actor_role, reason, "
                            "opened_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)"};
constexpr Statement kActive{"active_break_glass",
                            "SELECT 1 FROM break_glass WHERE member_id = $1 AND actor_id = $2 AND "
                            "expires_at > $3 LIMIT 1"};
constexpr Statement kOnRecord{
    "break_glass_on_record",
    "SELECT b.id, b.actor_id, b.actor_role, u.first_name || ' ' || u.last_name, b.reason, "
    "b.opened_at, b.expires_at FROM break_glass b JOIN users u ON u.id = b.actor_id "
    "WHERE b.member_id = $1 ORDER BY b.opened_at DESC, b.id DESC LIMIT $2"};

}  // namespace

void insert_break_glass(Connection& connection, const BreakGlass& grant) {
  connection.execute(kInsert, {grant.id, grant.member_id, grant.actor_id, grant.actor_role,
                               grant.reason, grant.opened_at, grant.expires_at});
}

bool has_break_glass(Connection& connection, const std::string& member_id,
                     const std::string& actor_id, std::int64_t now_ms) {
  return !connection.query(kActive, {member_id, actor_id, now_ms}).empty();
}

std::vector<BreakGlass> break_glass_on(Connection& connection, const std::string& member_id,
                                       std::int64_t limit) {
  std::vector<BreakGlass> grants;
  for (const auto& row : connection.query(kOnRecord, {member_id, limit})) {
    BreakGlass grant;
    grant.id = row.text(0);
    grant.member_id = member_id;
    grant.actor_id = row.text(1);
    grant.actor_role = row.text(2);
    grant.actor_name = row.text(3);
    grant.reason = row.text(4);
    grant.opened_at = row.integer(5);
    grant.expires_at = row.integer(6);
    grants.push_back(std::move(grant));
  }
  return grants;
}

}  // namespace motus::store
