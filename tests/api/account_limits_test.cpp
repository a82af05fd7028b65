// The login limits against the real binary (core/access/login_throttle.hpp): tries are counted
// before the password is checked, keyed on the account together with the address, with growing
// waits; an account takes at most 100 failures an hour; password re-entry counts too. Each
// client address is a different 127.x.y.z on the loopback.
#include <atomic>
#include <thread>
#include <vector>

#include "api/account_fixture.hpp"

namespace motus::test {
namespace {

constexpr const char* kAda = "ada.morrow@example.com";

int retry_after(const HttpResult& result) {
  const auto header = result.header("retry-after");
  return header.empty() ? -1 : std::stoi(header);
}

// Before the change every one of 25 wrong passwords sent at once was checked (25 × 401): the
// count was read before the slow check and written after it.
TEST_F(SignedUpMember, WrongPasswordsSentAtOnceAreCountedBeforeTheyAreChecked) {
  constexpr int kTries = 25;
  std::atomic<int> checked{0};
  std::atomic<int> refused{0};
  std::vector<std::thread> tries;
  for (int i = 0; i < kTries; ++i) {
    tries.emplace_back([&, i] {
      const auto result = login(server.client(), kAda, "wrong-guess-" + std::to_string(i));
      if (result.status == 401) ++checked;
      if (result.status == 429) ++refused;
    });
  }
  for (auto& t : tries) t.join();
  EXPECT_EQ(checked, 5) << "five free tries, however they arrive";
  EXPECT_EQ(refused, kTries - 5);
  EXPECT_EQ(server.scalar("SELECT count(*) FROM audit_log WHERE action = 'login_failed'"), "5");
}

// Before the change five wrong passwords from anywhere locked the account for 15 minutes, for
// its owner too.
TEST_F(SignedUpMember, AStrangerGuessingDoesNotLockTheOwnerOut) {
  const auto stranger = client.from("127.0.0.2");
  for (int i = 0; i < 5; ++i)
    ASSERT_EQ(login(stranger, kAda, "guess-number-" + std::to_string(i)).status, 401);
  const auto held = login(stranger, kAda);
  ASSERT_EQ(held.status, 429) << "the guesser's address waits, even with the right password";
  EXPECT_GE(retry_after(held), 29);
  EXPECT_LE(retry_after(held), 30);
  EXPECT_EQ(held.header("content-type"), "application/problem+json");

  EXPECT_EQ(login(client.from("127.0.0.3"), kAda).status, 200)
      << "the owner, from their own address";
}

TEST_F(SignedUpMember, EachFurtherFailureFromOneAddressDoublesTheWait) {
  for (int i = 0; i < 5; ++i)
    ASSERT_EQ(login(client, kAda, "guess-number-" + std::to_string(i)).status, 401);
  EXPECT_EQ(login(client, kAda, "guess-number-5").status, 429);
  server.set_clock_offset(31);
  ASSERT_EQ(login(client, kAda, "guess-number-6").status, 401) << "the wait is over: one more try";
  const auto held = login(client, kAda);
  ASSERT_EQ(held.status, 429);
  EXPECT_GE(retry_after(held), 59);
  EXPECT_LE(retry_after(held), 60);
  server.set_clock_offset(31 + 61);
  EXPECT_EQ(login(client, kAda).status, 200);
  EXPECT_EQ(login(client, kAda, "guess-again-1").status, 401)
      << "a right password starts the count again";
}

// OWASP ASVS 4.0.3 V2.2.1: at most 100 failed attempts per hour on one account, from however
// many addresses.
TEST_F(SignedUpMember, AnAccountTakesAtMostAHundredFailuresAnHour) {
  for (int address = 0; address < 20; ++address) {
    const auto guesser = client.from("127.0.1." + std::to_string(address + 1));
    for (int i = 0; i < 5; ++i) {
      ASSERT_EQ(login(guesser, kAda, "guess-" + std::to_string(i)).status, 401)
          << address << "/" << i;
    }
  }
  const auto capped = login(client.from("127.0.2.1"), kAda);
  ASSERT_EQ(capped.status, 429) << "the hour's hundred failures are used up, whatever the address";
  EXPECT_GT(retry_after(capped), 55 * 60);
  EXPECT_LE(retry_after(capped), 60 * 60);
  server.set_clock_offset(61 * 60);
  EXPECT_EQ(login(client.from("127.0.2.1"), kAda).status, 200);
}

// Before the change a stolen session could guess the password on /me/password and DELETE /me
// without limit: neither counted a failure.
TEST_F(SignedUpMember, PasswordReentryCountsWithLoginFailures) {
  const auto change = [&](const std::string& current) {
    return with_cookie(
        client, "POST", "/api/v1/me/password", token,
        nlohmann::json{{"current_password", current}, {"new_password", "meadow-copper-kite-9"}}
            .dump());
  };
  const auto erase = [&](const std::string& password) {
    return with_cookie(client, "DELETE", "/api/v1/me", token,
                       nlohmann::json{{"password", password}}.dump());
  };
  for (int i = 0; i < 3; ++i) ASSERT_EQ(change("guess-number-" + std::to_string(i)).status, 403);
  for (int i = 3; i < 5; ++i) ASSERT_EQ(erase("guess-number-" + std::to_string(i)).status, 403);
  const auto held = erase(kGoodPassword);
  ASSERT_EQ(held.status, 429) << held.body;
  EXPECT_GE(retry_after(held), 29);
  EXPECT_EQ(change(kGoodPassword).status, 429);
  EXPECT_EQ(login(client, kAda).status, 429) << "one count for logging in and typing it again";
  EXPECT_EQ(server.scalar("SELECT count(*) FROM users WHERE id = $1", {member_id}), "1")
      << "nothing erased";
  EXPECT_EQ(server.scalar("SELECT count(*) FROM audit_log WHERE action = 'delete_throttled'"), "1");

  server.set_clock_offset(31);
  EXPECT_EQ(change(kGoodPassword).status, 204);
}

// Before the change "bearer": "yes" answered 500 after the session row was written, and at
// sign-up after the account was stored.
TEST(AccountInput, ABadBearerFlagAtSignUpIsRefusedBeforeAnythingIsWritten) {
  AccountServer server;
  auto client = server.client();
  auto signup = ada_signup();
  signup["bearer"] = 1;
  const auto refused = client.post_json("/api/v1/auth/signup", signup);
  ASSERT_EQ(refused.status, 400) << refused.body;
  EXPECT_EQ(refused.json()["errors"][0]["field"], "bearer");
  EXPECT_EQ(server.scalar("SELECT count(*) FROM users"), "0");
  EXPECT_EQ(server.scalar("SELECT count(*) FROM sessions"), "0");
  signup["bearer"] = true;
  const auto accepted = client.post_json("/api/v1/auth/signup", signup);
  ASSERT_EQ(accepted.status, 201) << accepted.body;
  EXPECT_TRUE(accepted.json()["token"].is_string());
}

TEST_F(SignedUpMember, ABadBearerFlagAtLoginIsRefusedBeforeAnythingIsWritten) {
  const auto sessions = server.scalar("SELECT count(*) FROM sessions");
  const auto audit_rows = server.scalar("SELECT count(*) FROM audit_log");
  const auto res = client.post_json(
      "/api/v1/auth/login", {{"email", kAda}, {"password", kGoodPassword}, {"bearer", "yes"}});
  ASSERT_EQ(res.status, 400) << res.body;
  EXPECT_EQ(res.json()["errors"][0]["field"], "bearer");
  EXPECT_EQ(server.scalar("SELECT count(*) FROM sessions"), sessions);
  EXPECT_EQ(server.scalar("SELECT count(*) FROM audit_log"), audit_rows);
  EXPECT_TRUE(cookie_token(res).empty());
}

}  // namespace
}  // namespace motus::test
