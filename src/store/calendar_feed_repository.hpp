#pragma once
// Private calendar feeds: one live token per person, stored only as a hash, revocable.
#include <cstdint>
#include <optional>
#include <string>

#include "store/db.hpp"

namespace motus::store {

// Revokes the person's live feed, if any, and records a new one.
void replace_calendar_feed(Connection& connection, const std::string& token_hash,
                           const std::string& user_id, std::int64_t now_ms);
// The owner of a live (not revoked) feed with that token hash.
std::optional<std::string> calendar_feed_owner(Connection& connection,
                                               const std::string& token_hash);
// When the person's live feed was created; nothing when they have none.
std::optional<std::int64_t> live_calendar_feed_since(Connection& connection,
                                                     const std::string& user_id);
// Revokes the person's live feed; returns whether there was one.
bool revoke_calendar_feed(Connection& connection, const std::string& user_id, std::int64_t now_ms);

}  // namespace motus::store
