#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "unit/store/checkin_table.hpp"

namespace motus::store {
namespace {

using GroupCommit = testing::EachBackend;

TEST_P(GroupCommit, ManyCallersShareFewerCommitsAndAllAreKept) {
  constexpr int threads = 16;
  constexpr int writes_per_thread = 200;
  std::atomic<std::size_t> commits = 0;
  std::atomic<std::size_t> units_committed = 0;
  DbOptions options;
  options.on_commit = [&](const CommitObservation& o) {
    ++commits;
    units_committed += o.batch_size;
    EXPECT_GT(o.latency.count(), 0.0);
  };
  auto db = testing::open_with_checkins(url, options);
  commits = 0;
  units_committed = 0;

  std::atomic<int> acknowledged = 0;
  std::atomic<int> failed = 0;
  std::vector<std::thread> callers;
  for (int t = 0; t < threads; ++t) {
    callers.emplace_back([&, t] {
      for (int i = 0; i < writes_per_thread; ++i) {
        const std::int64_t id = t * writes_per_thread + i;
        try {
          db->write_and_wait([id](Connection& c) { testing::add_checkin(c, id); });
          ++acknowledged;
        } catch (const StoreError&) {
          ++failed;
        }
      }
    });
  }
  for (auto& caller : callers) caller.join();

  constexpr int total = threads * writes_per_thread;
  EXPECT_EQ(failed.load(), 0);
  EXPECT_EQ(acknowledged.load(), total);
  EXPECT_EQ(testing::count_of_checkins(*db), total);
  for (std::int64_t id : {0, total / 2, total - 1}) EXPECT_TRUE(testing::has_checkin(*db, id));
  EXPECT_EQ(units_committed.load(), static_cast<std::size_t>(total));
  EXPECT_LT(commits.load(), static_cast<std::size_t>(total));
  RecordProperty("commits", static_cast<int>(commits.load()));
}

TEST_P(GroupCommit, BatchesNeverExceedMaxBatch) {
  std::atomic<std::size_t> largest = 0;
  DbOptions options;
  options.max_batch = 4;
  options.on_commit = [&](const CommitObservation& o) {
    if (o.batch_size > largest) largest = o.batch_size;
  };
  auto db = testing::open_with_checkins(url, options);
  for (int i = 0; i < 100; ++i) {
    db->write([i](Connection& c) { testing::add_checkin(c, i); }, [](std::exception_ptr) {});
  }
  db->close();
  EXPECT_GE(largest.load(), 1u);
  EXPECT_LE(largest.load(), 4u);
}

INSTANTIATE_TEST_SUITE_P(Backends, GroupCommit,
                         ::testing::Values(testing::Backend::sqlite, testing::Backend::postgresql),
                         testing::backend_name);

}  // namespace
}  // namespace motus::store
