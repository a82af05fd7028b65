// Durable single-row writes per second through the store's writer, on one temporary SQLite
// file in one run: one caller waiting for each acknowledgement (nothing to batch, so one fsync
// per write) against many concurrent callers (group commit). Compare the ratio, not absolute
// numbers from different runs (see /work/shared/performance.md).
//
// usage: bench_store_commit [SECONDS_PER_PHASE]
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "store/db.hpp"

namespace {

using motus::store::Connection;
using motus::store::Statement;
using Clock = std::chrono::steady_clock;

const Statement create_checkins{"bench_create_checkins",
                                "CREATE TABLE checkins (id INTEGER PRIMARY KEY, member TEXT NOT "
                                "NULL, pain INTEGER NOT NULL, note TEXT)"};
const Statement insert_checkin{"bench_insert_checkin",
                               "INSERT INTO checkins (member, pain, note) VALUES ($1, $2, $3)"};

struct CommitTally {
  std::atomic<std::size_t> commits = 0;
  std::atomic<std::size_t> units = 0;
};

struct PhaseResult {
  double writes_per_second;
  double mean_batch;
};

PhaseResult measure(motus::store::Db& db, CommitTally& tally, int callers,
                    std::chrono::duration<double> length) {
  const std::size_t commits_before = tally.commits;
  const std::size_t units_before = tally.units;
  std::atomic<std::size_t> acknowledged = 0;
  const auto started = Clock::now();
  const auto deadline = started + length;
  std::vector<std::thread> threads;
  for (int c = 0; c < callers; ++c) {
    threads.emplace_back([&, c] {
      const std::string member = "member-" + std::to_string(c);
      while (Clock::now() < deadline) {
        db.write_and_wait([&member](Connection& connection) {
          connection.execute(insert_checkin, {member, std::int64_t{4}, std::string("stiff")});
        });
        ++acknowledged;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  const std::chrono::duration<double> elapsed = Clock::now() - started;
  const std::size_t commits = tally.commits - commits_before;
  const std::size_t units = tally.units - units_before;
  return {static_cast<double>(acknowledged) / elapsed.count(),
          commits == 0 ? 0.0 : static_cast<double>(units) / static_cast<double>(commits)};
}

}  // namespace

int main(int argc, char** argv) {
  const double seconds = argc > 1 ? std::atof(argv[1]) : 3.0;
  const std::chrono::duration<double> length(seconds > 0 ? seconds : 3.0);
  std::string pattern =
      (std::filesystem::temp_directory_path() / "motus-bench-store-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    std::fprintf(stderr, "bench_store_commit: cannot make a temporary directory\n");
    return 1;
  }
  const std::filesystem::path directory = pattern;

  CommitTally tally;
  motus::store::DbOptions options;
  options.on_commit = [&tally](const motus::store::CommitObservation& observation) {
    ++tally.commits;
    tally.units += observation.batch_size;
  };
  {
    auto db = motus::store::open_db("sqlite:" + (directory / "bench.db").string(), options);
    db->write_and_wait([](Connection& c) { c.execute(create_checkins); });

    // The write-ahead log grows until its first checkpoint, and while a file grows every fsync
    // also flushes its size; warm it up so both phases measure the steady state a server sees.
    measure(*db, tally, 64, length / 2);
    const PhaseResult single = measure(*db, tally, 1, length);
    std::printf("file: %s (WAL, synchronous=FULL)\n", (directory / "bench.db").c_str());
    std::printf("1 caller:   %9.0f durable writes/s  (mean batch %.1f)\n", single.writes_per_second,
                single.mean_batch);
    for (const int callers : {16, 64}) {
      const PhaseResult group = measure(*db, tally, callers, length);
      std::printf("%2d callers: %9.0f durable writes/s  (mean batch %.1f)  = %.1fx one caller\n",
                  callers, group.writes_per_second, group.mean_batch,
                  group.writes_per_second / single.writes_per_second);
    }
    db->close();
  }
  std::filesystem::remove_all(directory);
}
