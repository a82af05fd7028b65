#include "core/access/session_policy.hpp"

#include <gtest/gtest.h>

namespace motus::core {
namespace {

constexpr std::int64_t kStart = 1'700'000'000'000;

TEST(SessionPolicy, MembersMayIdleThirtyMinutesStaffFifteen) {
  const SessionTimes times{kStart, kStart, std::nullopt};
  EXPECT_EQ(session_state(Role::member, times, kStart + 29 * kMinuteMs), SessionState::active);
  EXPECT_EQ(session_state(Role::member, times, kStart + 30 * kMinuteMs),
            SessionState::idle_expired);
  for (Role staff : {Role::therapist, Role::org_admin, Role::admin}) {
    EXPECT_EQ(session_state(staff, times, kStart + 14 * kMinuteMs), SessionState::active);
    EXPECT_EQ(session_state(staff, times, kStart + 15 * kMinuteMs), SessionState::idle_expired);
  }
}

TEST(SessionPolicy, ActivityNeverStretchesASessionPastTwelveHours) {
  const SessionTimes busy{kStart, kStart + 12 * 60 * kMinuteMs - kMinuteMs, std::nullopt};
  EXPECT_EQ(session_state(Role::member, busy, kStart + 12 * 60 * kMinuteMs - 1),
            SessionState::active);
  EXPECT_EQ(session_state(Role::member, busy, kStart + 12 * 60 * kMinuteMs),
            SessionState::absolute_expired);
}

TEST(SessionPolicy, ARevokedSessionIsOverAtOnce) {
  const SessionTimes times{kStart, kStart, kStart + 1};
  EXPECT_EQ(session_state(Role::member, times, kStart + 2), SessionState::revoked);
}

}  // namespace
}  // namespace motus::core
