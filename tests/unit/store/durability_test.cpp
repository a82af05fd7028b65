// Kill -9 in the middle of writing, on each back end: every id the writer acknowledged must be
// in the database after (and a SQLite file must pass its integrity check). What this checks is
// that the store acknowledges only after COMMIT returned. A deliberately wrong writer
// (acknowledging inside the unit of work, before COMMIT) shows the check does catch lost
// acknowledged writes. The writer is a forked copy of this process, so the test needs no
// separate program.
#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <semaphore>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "unit/store/checkin_table.hpp"

namespace motus::store {
namespace {

constexpr int writer_threads = 4;
constexpr int in_flight_per_thread = 32;

// SQLite's commits are quick fsyncs, so many short runs; a PostgreSQL run needs longer to start.
struct KillSchedule {
  int runs;
  int shortest_ms;
  int longest_ms;
};

KillSchedule schedule_for(testing::Backend backend) {
  return backend == testing::Backend::sqlite ? KillSchedule{30, 20, 300}
                                             : KillSchedule{12, 100, 500};
}

const Statement create_table{"create_acknowledged_writes",
                             "CREATE TABLE IF NOT EXISTS acknowledged_writes ("
                             " id BIGINT PRIMARY KEY, payload TEXT NOT NULL)"};
const Statement insert_row{"insert_acknowledged_write",
                           "INSERT INTO acknowledged_writes (id, payload) VALUES ($1, $2)"};
const Statement stored_ids{"stored_ids", "SELECT id FROM acknowledged_writes"};

void announce(int fd, std::int64_t id) {
  const std::string line = std::to_string(id) + "\n";
  // One write of a short line to a pipe is atomic, so lines from several threads never mix.
  if (write(fd, line.data(), line.size()) < 0) _exit(3);
}

[[noreturn]] void write_until_killed(const std::string& url, int fd, std::int64_t run,
                                     bool ack_early) {
  try {
    auto db = open_db(url);
    std::vector<std::thread> writers;
    for (int t = 0; t < writer_threads; ++t) {
      const std::int64_t first_id = run * 1'000'000'000 + t * 10'000'000;
      writers.emplace_back([&db, first_id, fd, ack_early] {
        std::counting_semaphore<in_flight_per_thread> slots(in_flight_per_thread);
        for (std::int64_t id = first_id;; ++id) {
          slots.acquire();
          db->write(
              [id, fd, ack_early](Connection& c) {
                c.execute(insert_row, {id, std::string(200, 'p')});
                if (ack_early) {
                  announce(fd, id);
                  // Widen the gap between the early acknowledgement and the commit, so a kill
                  // at a random moment almost surely lands in it.
                  std::this_thread::sleep_for(std::chrono::milliseconds(2));
                }
              },
              [id, fd, ack_early, &slots](std::exception_ptr error) {
                if (!error && !ack_early) announce(fd, id);
                slots.release();
              });
        }
      });
    }
    for (auto& writer : writers) writer.join();
  } catch (...) {
    _exit(2);
  }
  _exit(0);
}

// Forks the writer, reads its acknowledgements for `lifetime`, kills it with SIGKILL and returns
// every complete line it wrote (a line cut off by the kill was never a full acknowledgement).
std::vector<std::int64_t> run_and_kill(const std::string& url, int run,
                                       std::chrono::milliseconds lifetime, bool ack_early) {
  int out[2];
  if (pipe(out) != 0) throw std::runtime_error("pipe failed");
  const pid_t child = fork();
  if (child < 0) throw std::runtime_error("fork failed");
  if (child == 0) {
    close(out[0]);
    write_until_killed(url, out[1], run, ack_early);
  }
  close(out[1]);
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

struct AfterCrash {
  std::vector<std::int64_t> missing;
  std::string integrity = "ok";  // SQLite's own check of the file; PostgreSQL has no such file
};

AfterCrash inspect(const std::string& url, testing::Backend backend,
                   const std::vector<std::int64_t>& acknowledged) {
  auto db = open_db(url);
  AfterCrash found;
  std::set<std::int64_t> present;
  db->read([&](Connection& c) {
    if (backend == testing::Backend::sqlite) {
      found.integrity = c.query({"integrity_check", "PRAGMA integrity_check"}).at(0).text(0);
    }
    for (const Row& row : c.query(stored_ids)) present.insert(row.integer(0));
  });
  for (const std::int64_t id : acknowledged) {
    if (!present.contains(id)) found.missing.push_back(id);
  }
  return found;
}

std::mt19937 seeded_generator() {
  const unsigned seed = std::random_device{}();
  ::testing::Test::RecordProperty("seed", std::to_string(seed));
  return std::mt19937(seed);
}

// The writer creates nothing itself: a kill during its start could land before a table existed,
// and then there would be nothing to inspect.
class Durability : public testing::EachBackend {
 protected:
  void SetUp() override {
    testing::EachBackend::SetUp();
    if (HasFatalFailure()) return;
    open_db(url)->write_and_wait([](Connection& c) { c.execute(create_table); });
    schedule = schedule_for(backend());
  }
  KillSchedule schedule{};
};

TEST_P(Durability, AcknowledgedWritesSurviveSigkill) {
  auto generator = seeded_generator();
  std::uniform_int_distribution<int> lifetime_ms(schedule.shortest_ms, schedule.longest_ms);
  std::size_t total_acknowledged = 0;
  for (int run = 1; run <= schedule.runs; ++run) {
    const auto lifetime = std::chrono::milliseconds(lifetime_ms(generator));
    const auto acknowledged = run_and_kill(url, run, lifetime, false);
    total_acknowledged += acknowledged.size();
    const AfterCrash after = inspect(url, backend(), acknowledged);
    ASSERT_EQ(after.integrity, "ok") << "run " << run;
    ASSERT_TRUE(after.missing.empty())
        << "run " << run << " killed after " << lifetime.count() << " ms lost "
        << after.missing.size() << " of " << acknowledged.size() << " acknowledged writes, e.g. "
        << after.missing.front();
  }
  RecordProperty("acknowledged", std::to_string(total_acknowledged));
  // Without acknowledgements the check above proves nothing.
  EXPECT_GT(total_acknowledged, static_cast<std::size_t>(schedule.runs));
}

TEST_P(Durability, CheckCatchesAWriterThatAcknowledgesBeforeCommit) {
  auto generator = seeded_generator();
  std::uniform_int_distribution<int> lifetime_ms(schedule.shortest_ms, schedule.longest_ms);
  int caught_in_run = 0;
  for (int run = 1; run <= schedule.runs && caught_in_run == 0; ++run) {
    const auto acknowledged =
        run_and_kill(url, run, std::chrono::milliseconds(lifetime_ms(generator)), true);
    const AfterCrash after = inspect(url, backend(), acknowledged);
    EXPECT_EQ(after.integrity, "ok") << "run " << run;
    if (!after.missing.empty()) caught_in_run = run;
  }
  EXPECT_NE(caught_in_run, 0) << "the check never noticed writes acknowledged before commit";
  RecordProperty("caught_in_run", caught_in_run);
}

INSTANTIATE_TEST_SUITE_P(Backends, Durability,
                         ::testing::Values(testing::Backend::sqlite, testing::Backend::postgresql),
                         testing::backend_name);

}  // namespace
}  // namespace motus::store
