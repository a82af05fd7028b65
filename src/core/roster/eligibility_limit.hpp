#pragma once
// How often one address may ask whether someone is eligible. Checks need no login, so without
// a limit anyone could try names and birthdays until a roster gave itself away.
#include <cstdint>

namespace motus::core {

struct EligibilityLimit {
  std::int64_t most_checks = 30;
  std::int64_t window_ms = 15 * 60 * 1000;
};

// What the store remembers about one address: when its window began and checks made in it.
struct CheckWindow {
  std::int64_t started_at = 0;
  std::int64_t checks = 0;
};

struct CheckDecision {
  bool allowed = true;
  CheckWindow window;                    // to store when allowed
  std::int64_t retry_after_seconds = 0;  // when refused: until the window ends, at least 1
};

// `seen` is absent for an address never seen before.
CheckDecision decide_check(const CheckWindow* seen, std::int64_t now_ms,
                           const EligibilityLimit& limit);

}  // namespace motus::core
