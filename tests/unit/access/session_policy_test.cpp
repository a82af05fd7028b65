#include <gtest/gtest.h>

#include "core/access/login_throttle.hpp"
#include "core/access/session_policy.hpp"

namespace motus::core {
namespace {

constexpr std::int64_t kStart = 1'700'000'000'000;

TEST(SessionPolicy, MembersMayIdleThirtyMinutesStaffFifteen) {
  const SessionTimes times{kStart, kStart, std::nullopt};
  EXPECT_EQ(session_state(Role::member, times, kStart + 29 * kMinuteMs), SessionState::active);
  EXPECT_EQ(session_state(Role::member, times, kStart + 30 * kMinuteMs), SessionState::idle_expired);
  for (Role staff : {Role::therapist, Role::org_admin, Role::admin}) {
    EXPECT_EQ(session_state(staff, times, kStart + 14 * kMinuteMs), SessionState::active);
    EXPECT_EQ(session_state(staff, times, kStart + 15 * kMinuteMs), SessionState::idle_expired);
  }
}

TEST(SessionPolicy, ActivityNeverStretchesASessionPastTwelveHours) {
  const SessionTimes busy{kStart, kStart + 12 * 60 * kMinuteMs - kMinuteMs, std::nullopt};
  EXPECT_EQ(session_state(Role::member, busy, kStart + 12 * 60 * kMinuteMs - 1), SessionState::active);
  EXPECT_EQ(session_state(Role::member, busy, kStart + 12 * 60 * kMinuteMs), SessionState::absolute_expired);
}

TEST(SessionPolicy, ARevokedSessionIsOverAtOnce) {
  const SessionTimes times{kStart, kStart, kStart + 1};
  EXPECT_EQ(session_state(Role::member, times, kStart + 2), SessionState::revoked);
}

TEST(LoginThrottle, FifthFailureLocksUntilTheWindowEnds) {
  std::optional<FailureCount> count;
  for (int i = 0; i < 4; ++i) {
    count = after_failure(count, kAccountLimit, kStart + i * 1000);
    EXPECT_EQ(retry_after_seconds(*count, kAccountLimit, kStart + i * 1000), std::nullopt);
  }
  count = after_failure(count, kAccountLimit, kStart + 4000);
  EXPECT_EQ(count->failures, 5);
  EXPECT_EQ(retry_after_seconds(*count, kAccountLimit, kStart + 4000), 15 * 60 - 4);
  EXPECT_EQ(retry_after_seconds(*count, kAccountLimit, kStart + 15 * kMinuteMs - 1), 1);
  EXPECT_EQ(retry_after_seconds(*count, kAccountLimit, kStart + 15 * kMinuteMs), std::nullopt);
}

TEST(LoginThrottle, AFailureAfterTheWindowStartsCountingAgain) {
  const FailureCount old{kStart, 5};
  const auto next = after_failure(old, kAccountLimit, kStart + 16 * kMinuteMs);
  EXPECT_EQ(next.failures, 1);
  EXPECT_EQ(next.window_started_at, kStart + 16 * kMinuteMs);
}

TEST(LoginThrottle, AddressesGetMoreTriesThanAccounts) {
  const FailureCount count{kStart, 5};
  EXPECT_NE(retry_after_seconds(count, kAccountLimit, kStart + 1), std::nullopt);
  EXPECT_EQ(retry_after_seconds(count, kAddressLimit, kStart + 1), std::nullopt);
  EXPECT_NE(retry_after_seconds({kStart, 20}, kAddressLimit, kStart + 1), std::nullopt);
}

}  // namespace
}  // namespace motus::core
