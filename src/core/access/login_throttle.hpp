#pragma once
// Slows password guessing without letting a stranger lock someone out. Every try is counted
// before the password is checked (so a burst of tries sent at once is held to the same limits
// as tries sent one by one) under three keys:
// - the account together with the network address it comes from: kFreeTries wrong passwords,
//   then each further try waits, the wait doubling with every failure up to kLongestDelayMs.
//   Someone guessing from one address slows only themselves; the owner logging in from another
//   address is not held up by it;
// - the account alone: at most kAccountHourlyCap failures an hour whatever the address (OWASP
//   ASVS 4.0.3 V2.2.1: "no more than 100 failed attempts per hour is possible on a single
//   account"); past it every login for the account waits until the hour ends;
// - the address alone: kAddressLimit failures in 15 minutes across every account, so one
//   address cannot try one password on many accounts.
// The counts live in the database so every server behind the proxy sees the same ones.
#include <cstdint>
#include <optional>

namespace motus::core {

struct ThrottleLimit {
  std::int64_t max_failures;
  std::int64_t window_ms;
};

inline constexpr ThrottleLimit kAccountHourlyCap{100, 60 * 60 * 1000};
inline constexpr ThrottleLimit kAddressLimit{20, 15 * 60 * 1000};
// Account and address together: the window in which failures are remembered.
inline constexpr ThrottleLimit kAccountAddressWindow{5, 60 * 60 * 1000};
inline constexpr std::int64_t kFreeTries = kAccountAddressWindow.max_failures;
inline constexpr std::int64_t kFirstDelayMs = 30 * 1000;
inline constexpr std::int64_t kLongestDelayMs = 15 * 60 * 1000;

struct FailureCount {
  std::int64_t window_started_at = 0;
  std::int64_t failures = 0;
  std::int64_t last_failure_at = 0;
};

// What the store holds for one login try's three keys (absent: never failed).
struct LoginCounts {
  std::optional<FailureCount> account;
  std::optional<FailureCount> address;
  std::optional<FailureCount> account_address;
};

// How long the account-and-address pair waits after `failures` failures: nothing for the first
// kFreeTries, then kFirstDelayMs doubling with each further failure, at most kLongestDelayMs.
std::int64_t account_address_delay_ms(std::int64_t failures);

// Whole seconds to wait before this try may be checked (at least 1), or nullopt when it may be
// checked now.
std::optional<std::int64_t> login_wait_seconds(const LoginCounts& counts, std::int64_t now_ms);

// The count after one more failure at `now_ms`: a window that has ended starts again.
FailureCount after_failure(const std::optional<FailureCount>& count, const ThrottleLimit& limit,
                           std::int64_t now_ms);

// The count once a try counted in advance turned out to be the right password: one failure
// fewer (never below none).
FailureCount after_right_password(const FailureCount& count);

}  // namespace motus::core
