#include "core/access/login_throttle.hpp"

namespace motus::core {

std::optional<std::int64_t> retry_after_seconds(const FailureCount& count, const ThrottleLimit& limit,
                                                std::int64_t now_ms) {
  const auto window_ends = count.window_started_at + limit.window_ms;
  if (count.failures < limit.max_failures || now_ms >= window_ends) return std::nullopt;
  return (window_ends - now_ms + 999) / 1000;
}

FailureCount after_failure(const std::optional<FailureCount>& count, const ThrottleLimit& limit,
                           std::int64_t now_ms) {
  if (!count || now_ms >= count->window_started_at + limit.window_ms) return {now_ms, 1};
  return {count->window_started_at, count->failures + 1};
}

}  // namespace motus::core
