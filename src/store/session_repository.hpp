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

// A session does everything its role allows, or (staff who must set up a second factor before
// anything else) only that: core::Caller::enrolment_only.
enum class SessionScope { full, second_factor_enrolment };

void insert_session(Connection& connection, const std::string& token_hash,
                    const std::string& user_id, std::int64_t now_ms,
                    SessionScope scope = SessionScope::full);
// nullopt also when the account is disabled: its sessions end the moment it is.
std::optional<SessionRecord> find_session(Connection& connection, const std::string& token_hash);
void touch_session(Connection& connection, const std::string& token_hash, std::int64_t now_ms);
void revoke_session(Connection& connection, const std::string& token_hash, std::int64_t now_ms);
// Revokes every live session of the user except the one with `keep_token_hash`.
// Revokes every live session of the user (a disabled account, a password reset).
void revoke_all_sessions(Connection& connection, const std::string& user_id, std::int64_t now_ms);
void revoke_other_sessions(Connection& connection, const std::string& user_id,
                           const std::string& keep_token_hash, std::int64_t now_ms);

}  // namespace motus::store
