// Argon2 verification (tens of milliseconds each) runs on the worker pool, not on the I/O
// threads: while a burst of log-ins is being checked, /healthz is still answered at once. The
// test asserts an order, not a time: /healthz, asked after every log-in was sent, must be
// answered before half of the log-ins are. With verification on the I/O threads, /healthz
// queued behind the log-ins and came back after 7 or 8 of the 10 (none with the pool).
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "account_fixture.hpp"

namespace motus::test {
namespace {

constexpr int kLogins = 10;

TEST_F(SignedUpMember, HealthzIsAnsweredWhileABurstOfLoginsIsVerified) {
  std::atomic<int> sent{0};
  std::atomic<int> answered{0};
  std::atomic<int> accepted{0};
  std::vector<std::thread> logins;
  for (int i = 0; i < kLogins; ++i) {
    logins.emplace_back([&, i] {
      // Each from an address of its own: tries are counted before they are checked
      // (core/access/login_throttle.hpp), and one address gets five at once.
      const HttpClient own = server.client().from("127.0.4." + std::to_string(i + 1));
      ++sent;
      const auto result = login(own, "ada.morrow@example.com");
      if (result.status == 200) ++accepted;
      ++answered;
    });
  }
  while (sent < kLogins) std::this_thread::yield();
  // Give the requests time to reach the server; the assertions below say whether they did.
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  const int answered_before_healthz = answered;
  const auto health = client.get("/healthz");
  const int answered_with_healthz = answered;
  for (auto& t : logins) t.join();

  ASSERT_EQ(health.status, 200);
  EXPECT_EQ(accepted, kLogins);
  ASSERT_LT(answered_before_healthz, kLogins) << "the log-ins finished before /healthz was asked";
  EXPECT_LT(answered_with_healthz, kLogins / 2) << "/healthz waited for the log-ins";
}

}  // namespace
}  // namespace motus::test
