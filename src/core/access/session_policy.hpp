#pragma once
// How long a session lives (OWASP ASVS L2): staff sessions see many members' health data, so
// they time out sooner when idle than a member's own; every session ends 12 hours after login
// however active it is, and at once when revoked (logout, password change).
#include <cstdint>
#include <optional>

#include "core/access/caller.hpp"

namespace motus::core {

inline constexpr std::int64_t kMinuteMs = 60 * 1000;
inline constexpr std::int64_t kSessionAbsoluteMs = 12 * 60 * kMinuteMs;
// A session's last-seen time is written at most this often, so a busy member does not turn
// every read into a write; idle time is measured to this precision.
inline constexpr std::int64_t kSessionTouchIntervalMs = kMinuteMs;

std::int64_t idle_timeout_ms(Role role);

struct SessionTimes {
  std::int64_t created_at = 0;
  std::int64_t last_seen_at = 0;
  std::optional<std::int64_t> revoked_at;
};

enum class SessionState { active, idle_expired, absolute_expired, revoked };

SessionState session_state(Role role, const SessionTimes& times, std::int64_t now_ms);

}  // namespace motus::core
