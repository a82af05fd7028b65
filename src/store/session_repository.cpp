#include "store/session_repository.hpp"

namespace motus::store {

namespace {

constexpr Statement kInsertSession{
    "insert_session",
    "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, enrolment_only) "
    "VALUES ($1, $2, $3, $3, $4)"};
constexpr Statement kFindSession{
    "find_session",
    "SELECT s.user_id, u.role, u.organization_id, s.created_at, s.last_seen_at, "
    "s.revoked_at, u.must_change_password, s.enrolment_only, u.language FROM sessions s "
    "JOIN users u ON u.id = "
    "s.user_id "
    "WHERE s.token_hash = $1 AND u.disabled_at IS NULL"};
constexpr Statement kTouchSession{
    "touch_session",
    "UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1 AND last_seen_at < $2"};
constexpr Statement kRevokeSession{
    "revoke_session",
    "UPDATE sessions SET revoked_at = $2 WHERE token_hash = $1 AND revoked_at IS NULL"};
constexpr Statement kRevokeAllSessions{
    "revoke_all_sessions",
    "UPDATE sessions SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL"};
constexpr Statement kRevokeOtherSessions{
    "revoke_other_sessions",
    "UPDATE sessions SET revoked_at = $3 WHERE user_id = $1 AND "
    "token_hash <> $2 AND revoked_at IS NULL"};

}  // namespace

void insert_session(Connection& connection, const std::string& token_hash,
                    const std::string& user_id, std::int64_t now_ms, SessionScope scope) {
  connection.execute(
      kInsertSession,
      {token_hash, user_id, now_ms, std::int64_t{scope == SessionScope::second_factor_enrolment}});
}

std::optional<SessionRecord> find_session(Connection& connection, const std::string& token_hash) {
  const auto rows = connection.query(kFindSession, {token_hash});
  if (rows.empty()) return std::nullopt;
  const auto& row = rows.front();
  SessionRecord record;
  record.caller.user_id = row.text(0);
  record.caller.role = core::role_from_string(row.text(1)).value_or(core::Role::member);
  record.caller.organization_id = row.optional_text(2).value_or("");
  record.times.created_at = row.integer(3);
  record.times.last_seen_at = row.integer(4);
  if (!row.is_null(5)) record.times.revoked_at = row.integer(5);
  record.caller.must_change_password = row.integer(6) != 0;
  record.caller.enrolment_only = row.integer(7) != 0;
  if (const auto code = row.optional_text(8))
    record.caller.language = core::language_from_code(*code);
  return record;
}

void touch_session(Connection& connection, const std::string& token_hash, std::int64_t now_ms) {
  connection.execute(kTouchSession, {token_hash, now_ms});
}

void revoke_session(Connection& connection, const std::string& token_hash, std::int64_t now_ms) {
  connection.execute(kRevokeSession, {token_hash, now_ms});
}

void revoke_other_sessions(Connection& connection, const std::string& user_id,
                           const std::string& keep_token_hash, std::int64_t now_ms) {
  connection.execute(kRevokeOtherSessions, {user_id, keep_token_hash, now_ms});
}

void revoke_all_sessions(Connection& connection, const std::string& user_id, std::int64_t now_ms) {
  connection.execute(kRevokeAllSessions, {user_id, now_ms});
}

}  // namespace motus::store
