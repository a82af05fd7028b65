// The login limits of core/access/login_throttle.hpp: growing waits for an account tried from one
// address, an hourly cap per account, a limit per address.
#include "core/access/login_throttle.hpp"

#include <gtest/gtest.h>

namespace motus::core {
namespace {

constexpr std::int64_t kStart = 1'700'000'000'000;
constexpr std::int64_t kMinute = 60 * 1000;

TEST(LoginThrottle, FiveFreeTriesThenWaitsThatDoubleUpToFifteenMinutes) {
  for (int failures = 0; failures < 5; ++failures) EXPECT_EQ(account_address_delay_ms(failures), 0);
  EXPECT_EQ(account_address_delay_ms(5), 30 * 1000);
  EXPECT_EQ(account_address_delay_ms(6), 60 * 1000);
  EXPECT_EQ(account_address_delay_ms(7), 120 * 1000);
  EXPECT_EQ(account_address_delay_ms(10), 15 * kMinute);
  EXPECT_EQ(account_address_delay_ms(1'000'000), 15 * kMinute) << "never overflows";
}

TEST(LoginThrottle, TheWaitCountsFromTheLastFailure) {
  LoginCounts counts;
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(login_wait_seconds(counts, kStart + i * 1000), std::nullopt) << "try " << i + 1;
    counts.account_address =
        after_failure(counts.account_address, kAccountAddressWindow, kStart + i * 1000);
  }
  EXPECT_EQ(login_wait_seconds(counts, kStart + 4000), 30);
  EXPECT_EQ(login_wait_seconds(counts, kStart + 4000 + 29'001), 1);
  EXPECT_EQ(login_wait_seconds(counts, kStart + 4000 + 30'000), std::nullopt);
  counts.account_address =
      after_failure(counts.account_address, kAccountAddressWindow, kStart + 40'000);
  EXPECT_EQ(login_wait_seconds(counts, kStart + 40'000), 60);
  EXPECT_EQ(counts.account_address->failures, 6);
}

TEST(LoginThrottle, AnAccountGetsAHundredFailuresAnHourFromAnywhere) {
  LoginCounts counts;
  counts.account = FailureCount{kStart, 99, kStart + 10 * kMinute};
  EXPECT_EQ(login_wait_seconds(counts, kStart + 10 * kMinute), std::nullopt);
  counts.account = after_failure(counts.account, kAccountHourlyCap, kStart + 10 * kMinute);
  EXPECT_EQ(counts.account->failures, 100);
  EXPECT_EQ(login_wait_seconds(counts, kStart + 10 * kMinute), 50 * 60) << "until the hour ends";
  EXPECT_EQ(login_wait_seconds(counts, kStart + 60 * kMinute), std::nullopt);
}

TEST(LoginThrottle, OneAddressGetsTwentyFailuresInFifteenMinutes) {
  LoginCounts counts;
  counts.address = FailureCount{kStart, 19, kStart};
  EXPECT_EQ(login_wait_seconds(counts, kStart + 1), std::nullopt);
  counts.address->failures = 20;
  EXPECT_EQ(login_wait_seconds(counts, kStart + 1), 15 * 60);
  EXPECT_EQ(login_wait_seconds(counts, kStart + 15 * kMinute), std::nullopt);
}

TEST(LoginThrottle, AFailureAfterTheWindowStartsCountingAgain) {
  const FailureCount old{kStart, 5, kStart};
  const auto next = after_failure(old, kAccountAddressWindow, kStart + 61 * kMinute);
  EXPECT_EQ(next.failures, 1);
  EXPECT_EQ(next.window_started_at, kStart + 61 * kMinute);
  EXPECT_EQ(next.last_failure_at, kStart + 61 * kMinute);
}

TEST(LoginThrottle, ARightPasswordTakesBackItsAdvanceCount) {
  EXPECT_EQ(after_right_password({kStart, 3, kStart}).failures, 2);
  EXPECT_EQ(after_right_password({kStart, 0, kStart}).failures, 0);
}

}  // namespace
}  // namespace motus::core
