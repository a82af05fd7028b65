#include "store/calendar_feed_repository.hpp"

namespace motus::store {
namespace {

constexpr Statement kRevoke{"revoke_calendar_feed",
                            "UPDATE calendar_feeds SET revoked_at = $2 "
                            "WHERE user_id = $1 AND revoked_at IS NULL"};
constexpr Statement kInsert{
    "insert_calendar_feed",
    "INSERT INTO calendar_feeds (token_hash, user_id, created_at) VALUES ($1, $2, $3)"};
constexpr Statement kOwner{
    "calendar_feed_owner",
    "SELECT user_id FROM calendar_feeds WHERE token_hash = $1 AND revoked_at IS NULL"};
constexpr Statement kLive{"live_calendar_feed",
                          "SELECT created_at FROM calendar_feeds "
                          "WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at DESC"};

}  // namespace

void replace_calendar_feed(Connection& connection, const std::string& token_hash,
                           const std::string& user_id, std::int64_t now_ms) {
  connection.execute(kRevoke, {user_id, now_ms});
  connection.execute(kInsert, {token_hash, user_id, now_ms});
}

std::optional<std::string> calendar_feed_owner(Connection& connection,
                                               const std::string& token_hash) {
  const auto rows = connection.query(kOwner, {token_hash});
  if (rows.empty()) return std::nullopt;
  return rows.front().text(0);
}

std::optional<std::int64_t> live_calendar_feed_since(Connection& connection,
                                                     const std::string& user_id) {
  const auto rows = connection.query(kLive, {user_id});
  if (rows.empty()) return std::nullopt;
  return rows.front().integer(0);
}

bool revoke_calendar_feed(Connection& connection, const std::string& user_id, std::int64_t now_ms) {
  return connection.execute(kRevoke, {user_id, now_ms}) > 0;
}

}  // namespace motus::store
