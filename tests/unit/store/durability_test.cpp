// Kill -9 in the middle of writing: every id the writer acknowledged must be in the file after,
// and the file must pass SQLite's integrity check. A second test runs a deliberately wrong
// writer (acknowledging before COMMIT) to show this check does catch lost acknowledged writes.
#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "unit/store/checkin_table.hpp"

extern char** environ;

namespace motus::store {
namespace {

constexpr int runs = 30;

// Starts the writer, keeps its stdout drained for `lifetime`, kills it with SIGKILL and returns
// every complete line it printed (a line cut off by the kill was never a full acknowledgement).
std::vector<std::int64_t> run_and_kill(const std::string& db_path, int run,
                                       std::chrono::milliseconds lifetime, bool ack_early) {
  int out[2];
  if (pipe(out) != 0) throw std::runtime_error("pipe failed");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  posix_spawn_file_actions_addclose(&actions, out[1]);
  std::string program = MOTUS_DURABILITY_WRITER;
  std::string run_text = std::to_string(run);
  std::string path = db_path;
  std::string early = "--ack-before-commit";
  std::vector<char*> argv{program.data(), path.data(), run_text.data()};
  if (ack_early) argv.push_back(early.data());
  argv.push_back(nullptr);
  pid_t child = 0;
  const int spawned = posix_spawn(&child, program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(out[1]);
  if (spawned != 0) {
    close(out[0]);
    throw std::runtime_error("could not start " + program);
  }

  std::string printed;
  char buffer[65536];
  const auto drain = [&](int timeout_ms) {
    pollfd ready{out[0], POLLIN, 0};
    if (poll(&ready, 1, timeout_ms) <= 0) return true;
    const ssize_t got = read(out[0], buffer, sizeof buffer);
    if (got <= 0) return false;
    printed.append(buffer, static_cast<std::size_t>(got));
    return true;
  };
  const auto deadline = std::chrono::steady_clock::now() + lifetime;
  while (std::chrono::steady_clock::now() < deadline) drain(1);
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  while (drain(1000)) {
  }
  close(out[0]);

  std::vector<std::int64_t> acknowledged;
  std::size_t start = 0;
  for (std::size_t end; (end = printed.find('\n', start)) != std::string::npos; start = end + 1) {
    acknowledged.push_back(std::stoll(printed.substr(start, end - start)));
  }
  return acknowledged;
}

struct FileAfterCrash {
  std::vector<std::int64_t> missing;
  std::string integrity;
};

FileAfterCrash inspect(const std::string& db_path, const std::vector<std::int64_t>& acknowledged) {
  auto db = open_db("sqlite:" + db_path);
  FileAfterCrash found;
  std::set<std::int64_t> present;
  db->read([&](Connection& c) {
    found.integrity = c.query({"integrity_check", "PRAGMA integrity_check"}).at(0).text(0);
    for (const Row& row : c.query({"stored_ids", "SELECT id FROM acknowledged_writes"})) {
      present.insert(row.integer(0));
    }
  });
  for (const std::int64_t id : acknowledged) {
    if (!present.contains(id)) found.missing.push_back(id);
  }
  return found;
}

// The writer creates its table too, but a kill during its start could land before that, and
// then there would be no table to inspect; a busy machine makes that likely.
void create_table(const std::string& db_path) {
  open_db("sqlite:" + db_path)->write_and_wait([](Connection& c) {
    c.execute({"create_acknowledged_writes",
               "CREATE TABLE IF NOT EXISTS acknowledged_writes ("
               " id INTEGER PRIMARY KEY, payload TEXT NOT NULL)"});
  });
}

std::mt19937 seeded_generator() {
  const unsigned seed = std::random_device{}();
  ::testing::Test::RecordProperty("seed", std::to_string(seed));
  return std::mt19937(seed);
}

TEST(Durability, AcknowledgedWritesSurviveSigkill) {
  testing::ScratchDirectory directory;
  const std::string path = directory.file("crash.db");
  create_table(path);
  auto generator = seeded_generator();
  std::uniform_int_distribution<int> lifetime_ms(20, 300);
  std::size_t total_acknowledged = 0;
  for (int run = 1; run <= runs; ++run) {
    const auto lifetime = std::chrono::milliseconds(lifetime_ms(generator));
    const auto acknowledged = run_and_kill(path, run, lifetime, false);
    total_acknowledged += acknowledged.size();
    const FileAfterCrash file = inspect(path, acknowledged);
    ASSERT_EQ(file.integrity, "ok") << "run " << run;
    ASSERT_TRUE(file.missing.empty())
        << "run " << run << " killed after " << lifetime.count() << " ms lost "
        << file.missing.size() << " of " << acknowledged.size() << " acknowledged writes, e.g. "
        << file.missing.front();
  }
  RecordProperty("acknowledged", std::to_string(total_acknowledged));
  // Without acknowledgements the check above proves nothing.
  EXPECT_GT(total_acknowledged, static_cast<std::size_t>(runs));
}

TEST(Durability, CheckCatchesAWriterThatAcknowledgesBeforeCommit) {
  testing::ScratchDirectory directory;
  const std::string path = directory.file("wrong.db");
  create_table(path);
  auto generator = seeded_generator();
  std::uniform_int_distribution<int> lifetime_ms(20, 300);
  int caught_in_run = 0;
  for (int run = 1; run <= runs && caught_in_run == 0; ++run) {
    const auto acknowledged =
        run_and_kill(path, run, std::chrono::milliseconds(lifetime_ms(generator)), true);
    const FileAfterCrash file = inspect(path, acknowledged);
    EXPECT_EQ(file.integrity, "ok");
    if (!file.missing.empty()) caught_in_run = run;
  }
  EXPECT_NE(caught_in_run, 0) << "the check never noticed writes acknowledged before commit";
  RecordProperty("caught_in_run", caught_in_run);
}

}  // namespace
}  // namespace motus::store
