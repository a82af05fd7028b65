#include "core/access/session_policy.hpp"

namespace motus::core {

std::int64_t idle_timeout_ms(Role role) { return (role == Role::member ? 30 : 15) * kMinuteMs; }

SessionState session_state(Role role, const SessionTimes& times, std::int64_t now_ms) {
  if (times.revoked_at) return SessionState::revoked;
  if (now_ms - times.created_at >= kSessionAbsoluteMs) return SessionState::absolute_expired;
  if (now_ms - times.last_seen_at >= idle_timeout_ms(role)) return SessionState::idle_expired;
  return SessionState::active;
}

}  // namespace motus::core
