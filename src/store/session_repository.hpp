#pragma once
// Login sessions. The table holds only a hash of each token; the token itself lives in the
// person's cookie (or an API client's Authorization header).
#include <cstdint>
#include <optional>
#include <string>

#include "core/access/caller.hpp"
#include "core/access/session_policy.hpp"
#include "store/db.hpp"

namespace motus::store {

struct SessionRecord {
  core::Caller caller;
  core::SessionTimes times;
};

void insert_session(Connection& connection, const std::string& token_hash,
                    const std::string& user_id, std::int64_t now_ms);
std::optional<SessionRecord> find_session(Connection& connection, const std::string& token_hash);
void touch_session(Connection& connection, const std::string& token_hash, std::int64_t now_ms);
void revoke_session(Connection& connection, const std::string& token_hash, std::int64_t now_ms);
// Revokes every live session of the user except the one with `keep_token_hash`.
void revoke_other_sessions(Connection& connection, const std::string& user_id,
                           const std::string& keep_token_hash, std::int64_t now_ms);

}  // namespace motus::store
