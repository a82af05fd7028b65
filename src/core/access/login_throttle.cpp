#include "core/access/login_throttle.hpp"

#include <algorithm>

namespace motus::core {

namespace {

bool window_open(const FailureCount& count, const ThrottleLimit& limit, std::int64_t now_ms) {
  return now_ms < count.window_started_at + limit.window_ms;
}

std::int64_t whole_seconds(std::int64_t ms) { return std::max<std::int64_t>(1, (ms + 999) / 1000); }

// Until the window ends, once its failures reach the limit.
std::optional<std::int64_t> hard_wait_ms(const std::optional<FailureCount>& count,
                                         const ThrottleLimit& limit, std::int64_t now_ms) {
  if (!count || !window_open(*count, limit, now_ms) || count->failures < limit.max_failures)
    return std::nullopt;
  return count->window_started_at + limit.window_ms - now_ms;
}

std::optional<std::int64_t> growing_wait_ms(const std::optional<FailureCount>& count,
                                            std::int64_t now_ms) {
  if (!count || !window_open(*count, kAccountAddressWindow, now_ms)) return std::nullopt;
  const auto until = count->last_failure_at + account_address_delay_ms(count->failures);
  if (now_ms >= until) return std::nullopt;
  return until - now_ms;
}

}  // namespace

std::int64_t account_address_delay_ms(std::int64_t failures) {
  if (failures < kFreeTries) return 0;
  std::int64_t delay = kFirstDelayMs;
  for (std::int64_t extra = failures - kFreeTries; extra > 0 && delay < kLongestDelayMs; --extra)
    delay *= 2;
  return std::min(delay, kLongestDelayMs);
}

std::optional<std::int64_t> login_wait_seconds(const LoginCounts& counts, std::int64_t now_ms) {
  std::optional<std::int64_t> wait;
  for (const auto candidate : {hard_wait_ms(counts.account, kAccountHourlyCap, now_ms),
                               hard_wait_ms(counts.address, kAddressLimit, now_ms),
                               growing_wait_ms(counts.account_address, now_ms)}) {
    if (candidate) wait = std::max(wait.value_or(0), *candidate);
  }
  if (!wait) return std::nullopt;
  return whole_seconds(*wait);
}

FailureCount after_failure(const std::optional<FailureCount>& count, const ThrottleLimit& limit,
                           std::int64_t now_ms) {
  if (!count || !window_open(*count, limit, now_ms)) return {now_ms, 1, now_ms};
  return {count->window_started_at, count->failures + 1, now_ms};
}

FailureCount after_right_password(const FailureCount& count) {
  FailureCount out = count;
  out.failures = std::max<std::int64_t>(0, count.failures - 1);
  return out;
}

}  // namespace motus::core
