// No acknowledged check-in is ever lost: several clients post check-ins while the server is
// killed with SIGKILL at random moments, then restarted on the same database. Every check-in
// that got a 2xx must be there afterwards, and an SQLite file must pass PRAGMA integrity_check.
#include <gtest/gtest.h>

#include <atomic>
#include <csignal>
#include <memory>
#include <mutex>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "account_fixture.hpp"

namespace motus::test {
namespace {

constexpr int kRounds = 10;
constexpr int kClients = 4;

ServerOptions on(const TestDatabase& database) {
  ServerOptions options;
  options.db_url = database.url();
  return options;
}

TEST(CheckinDurability, AcknowledgedCheckinsSurviveKillNine) {
  TestDatabase database;
  auto server = std::make_unique<ServerProcess>(on(database));
  seed_riverside(SqlConsole(database.url()));
  auto signup = server->client().post_json("/api/v1/auth/signup", ada_signup());
  ASSERT_EQ(signup.status, 201) << signup.body;
  const std::string token = cookie_token(signup);

  const unsigned seed = std::random_device{}();
  std::mt19937 random(seed);
  std::uniform_int_distribution<int> kill_after_ms(30, 400);
  std::mutex mutex;
  std::set<std::string> acknowledged;
  int refused = 0;

  for (int round = 0; round < kRounds; ++round) {
    if (!server) server = std::make_unique<ServerProcess>(on(database));
    const HttpClient client = server->client();
    std::atomic<bool> stop{false};
    std::vector<std::thread> clients;
    for (int c = 0; c < kClients; ++c) {
      clients.emplace_back([&, c] {
        for (int n = 0; !stop; ++n) {
          const std::string note =
              "r" + std::to_string(round) + "-c" + std::to_string(c) + "-" + std::to_string(n);
          const nlohmann::json body{{"pain", n % 11}, {"flare", n % 2 == 0}, {"notes", note}};
          try {
            const auto result =
                with_cookie(client, "POST", "/api/v1/me/checkins", token, body.dump());
            std::lock_guard lock(mutex);
            if (result.status >= 200 && result.status < 300) {
              acknowledged.insert(note);
            } else {
              ++refused;
            }
          } catch (const std::exception&) {
            return;  // the server is gone; this client's round is over
          }
        }
      });
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(kill_after_ms(random)));
    EXPECT_EQ(server->stop(SIGKILL), 128 + SIGKILL);
    stop = true;
    for (auto& t : clients) t.join();
    server.reset();
  }

  server = std::make_unique<ServerProcess>(on(database));
  const SqlConsole console(database.url());
  const auto stored_notes = console.column("SELECT notes FROM member_checkins");
  const std::set<std::string> stored(stored_notes.begin(), stored_notes.end());
  RecordProperty("acknowledged", static_cast<int>(acknowledged.size()));
  RecordProperty("stored", static_cast<int>(stored.size()));
  ASSERT_GT(acknowledged.size(), 0u) << "the clients never got an answer (seed " << seed << ")";
  int lost = 0;
  for (const auto& note : acknowledged) {
    if (!stored.count(note)) ++lost;
  }
  EXPECT_EQ(lost, 0) << "acknowledged check-ins missing after kill -9 (seed " << seed << ")";
  EXPECT_EQ(refused, 0) << "a check-in was refused while the server was up";

  auto progress = with_cookie(server->client(), "GET", "/api/v1/me/progress", token);
  ASSERT_EQ(progress.status, 200) << progress.body;
  EXPECT_GE(progress.json()["pain"]["checkins"].size(), acknowledged.size());
  if (console.dialect() == "sqlite") {
    EXPECT_EQ(console.column("PRAGMA integrity_check"), std::vector<std::string>{"ok"});
  }
  EXPECT_EQ(console.scalar("SELECT count(*) FROM audit_log WHERE entity = 'checkin'"),
            std::to_string(stored.size()))
      << "each stored check-in has its audit row, written in the same transaction";
}

}  // namespace
}  // namespace motus::test
