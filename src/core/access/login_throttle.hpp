#pragma once
// Slows password guessing: failed logins are counted per account and per network address in a
// fixed window; past the limit, logins for that key wait until the window ends. The counts
// live in the database so every server behind the proxy sees the same ones.
#include <cstdint>
#include <optional>

namespace motus::core {

struct ThrottleLimit {
  std::int64_t max_failures;
  std::int64_t window_ms;
};

inline constexpr ThrottleLimit kAccountLimit{5, 15 * 60 * 1000};
inline constexpr ThrottleLimit kAddressLimit{20, 15 * 60 * 1000};

struct FailureCount {
  std::int64_t window_started_at = 0;
  std::int64_t failures = 0;
};

// Whole seconds to wait before trying again, or nullopt when a login may be tried now.
std::optional<std::int64_t> retry_after_seconds(const FailureCount& count, const ThrottleLimit& limit,
                                                std::int64_t now_ms);

// The count after one more failure at `now_ms`: a window that has ended starts again.
FailureCount after_failure(const std::optional<FailureCount>& count, const ThrottleLimit& limit,
                           std::int64_t now_ms);

}  // namespace motus::core
