#include "core/roster/eligibility_limit.hpp"

#include <algorithm>

namespace motus::core {

CheckDecision decide_check(const CheckWindow* seen, std::int64_t now_ms,
                           const EligibilityLimit& limit) {
  if (seen == nullptr || now_ms - seen->started_at >= limit.window_ms ||
      now_ms < seen->started_at) {
    return {true, {now_ms, 1}, 0};
  }
  if (seen->checks >= limit.most_checks) {
    const std::int64_t left_ms = seen->started_at + limit.window_ms - now_ms;
    return {false, *seen, std::max<std::int64_t>(1, (left_ms + 999) / 1000)};
  }
  return {true, {seen->started_at, seen->checks + 1}, 0};
}

}  // namespace motus::core
