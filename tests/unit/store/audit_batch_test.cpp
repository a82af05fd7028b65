// Audit entries queued on their own (Db::audit) are appended by the writer after each batch's
// ordinary units, with one read of the chain's tail and multi-row INSERTs. The chain must stay
// one valid line, every acknowledged entry must be there exactly once, in the order each
// caller queued them, whatever else shares the batch.
#include <gtest/gtest.h>

#include <array>
#include <atomic>
#include <chrono>
#include <future>
#include <latch>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "store/audit_log.hpp"
#include "unit/store/checkin_table.hpp"

namespace motus::store {
namespace {

constexpr std::int64_t kNow = 1'767'225'600'000;  // 2026-01-01

AuditEntry read_by(const std::string& request_id) {
  return {kNow, "m-1", "member", "read", "session", "m-1", "allowed", request_id, {}};
}

// The migrated schema (audit_log and, on PostgreSQL, audit_log_tail()) plus the check-in table
// the ordinary writes use.
std::unique_ptr<Db> open_migrated(const std::string& url, DbOptions options = {}) {
  auto db = open_db(url, std::move(options));
  db->migrate();
  db->write_and_wait([](Connection& c) { c.execute(testing::create_checkins); });
  return db;
}

// Every row of the chain: request_id → seq, failing the test on a request_id seen twice.
std::map<std::string, std::int64_t> seq_by_request(Db& db) {
  std::map<std::string, std::int64_t> found;
  db.read([&](Connection& c) {
    for (std::int64_t after = 0;;) {
      const auto page = audit_page(c, after, 1000);
      for (const AuditRow& row : page) {
        const bool fresh = found.emplace(row.entry.request_id, row.seq).second;
        EXPECT_TRUE(fresh) << row.entry.request_id << " is in the log twice";
      }
      if (page.size() < 1000) return;
      after = page.back().seq;
    }
  });
  return found;
}

ChainVerdict verdict_of(Db& db) {
  ChainVerdict verdict;
  db.read([&](Connection& c) { verdict = verify_audit_chain(c); });
  return verdict;
}

// Queues `count` entries from one caller without waiting between them, then waits for all.
// Returns how many were acknowledged without error.
int audit_many(Db& db, const std::string& caller, int count) {
  std::atomic<int> acknowledged = 0;
  std::latch all_done(count);
  for (int i = 0; i < count; ++i) {
    db.audit(read_by(caller + "-" + std::to_string(i)), [&](std::exception_ptr error) {
      if (!error) ++acknowledged;
      all_done.count_down();
    });
  }
  all_done.wait();
  return acknowledged;
}

// Each caller's entries must have increasing seqs, in the order the caller queued them.
void expect_in_queued_order(const std::map<std::string, std::int64_t>& seqs,
                            const std::string& caller, int count) {
  std::int64_t previous = 0;
  for (int i = 0; i < count; ++i) {
    const auto found = seqs.find(caller + "-" + std::to_string(i));
    ASSERT_NE(found, seqs.end()) << caller << "-" << i << " was acknowledged but is not in the log";
    EXPECT_GT(found->second, previous) << caller << "-" << i << " is out of order";
    previous = found->second;
  }
}

using AuditBatch = testing::EachBackend;

TEST_P(AuditBatch, ConcurrentEntriesAndWritesKeepOneChainWithEachEntryOnce) {
  constexpr int auditors = 6;
  constexpr int entries_each = 300;
  constexpr int writers = 4;
  constexpr int writes_each = 50;
  std::atomic<std::size_t> audit_entries_committed = 0;
  DbOptions options;
  options.on_commit = [&](const CommitObservation& o) {
    audit_entries_committed += o.audit_entries;
  };
  auto db = open_migrated(url, options);

  std::vector<std::thread> callers;
  std::atomic<int> acknowledged = 0;
  for (int a = 0; a < auditors; ++a) {
    callers.emplace_back(
        [&, a] { acknowledged += audit_many(*db, "a" + std::to_string(a), entries_each); });
  }
  for (int w = 0; w < writers; ++w) {
    callers.emplace_back([&, w] {
      for (int i = 0; i < writes_each; ++i) {
        const std::string request_id = "w" + std::to_string(w) + "-" + std::to_string(i);
        db->write_and_wait([&](Connection& c) {
          testing::add_checkin(c, w * writes_each + i);
          append_audit(c, read_by(request_id));
        });
      }
    });
  }
  for (auto& caller : callers) caller.join();

  EXPECT_EQ(acknowledged.load(), auditors * entries_each);
  EXPECT_EQ(audit_entries_committed.load(), static_cast<std::size_t>(auditors * entries_each));
  const ChainVerdict verdict = verdict_of(*db);
  EXPECT_TRUE(verdict.verified) << "broken at seq " << verdict.first_broken_seq.value_or(0);
  EXPECT_EQ(verdict.rows, auditors * entries_each + writers * writes_each);
  const auto seqs = seq_by_request(*db);
  for (int a = 0; a < auditors; ++a)
    expect_in_queued_order(seqs, "a" + std::to_string(a), entries_each);
  for (int w = 0; w < writers; ++w)
    expect_in_queued_order(seqs, "w" + std::to_string(w), writes_each);
  EXPECT_EQ(testing::count_of_checkins(*db), writers * writes_each);
}

// Two servers on one database: each batches its own entries, and the chain stays one line (on
// PostgreSQL the tail is read under audit_log_tail()'s lock; on SQLite the file lock serializes).
TEST_P(AuditBatch, TwoServersOnOneDatabaseKeepOneChain) {
  constexpr int auditors_per_server = 3;
  constexpr int entries_each = 300;
  auto first = open_migrated(url);
  auto second = open_db(url);
  std::vector<std::thread> callers;
  std::atomic<int> acknowledged = 0;
  for (int a = 0; a < 2 * auditors_per_server; ++a) {
    Db& server = a % 2 == 0 ? *first : *second;
    callers.emplace_back(
        [&, a] { acknowledged += audit_many(server, "a" + std::to_string(a), entries_each); });
  }
  for (auto& caller : callers) caller.join();

  EXPECT_EQ(acknowledged.load(), 2 * auditors_per_server * entries_each);
  const ChainVerdict verdict = verdict_of(*first);
  EXPECT_TRUE(verdict.verified) << "broken at seq " << verdict.first_broken_seq.value_or(0);
  EXPECT_EQ(verdict.rows, 2 * auditors_per_server * entries_each);
  const auto seqs = seq_by_request(*second);
  for (int a = 0; a < 2 * auditors_per_server; ++a) {
    expect_in_queued_order(seqs, "a" + std::to_string(a), entries_each);
  }
}

TEST_P(AuditBatch, FailingUnitInTheSameBatchLosesNoAuditEntry) {
  std::vector<CommitObservation> commits;
  DbOptions options;
  options.on_commit = [&](const CommitObservation& o) { commits.push_back(o); };
  auto db = open_migrated(url, options);
  commits.clear();

  // Hold the writer inside a first batch so everything queued next shares the second batch.
  std::latch release(1);
  std::promise<void> holder_started;
  db->write(
      [&](Connection&) {
        holder_started.set_value();
        release.wait();
      },
      [](std::exception_ptr) {});
  holder_started.get_future().wait();

  std::promise<std::exception_ptr> failing, kept;
  std::vector<std::promise<std::exception_ptr>> audited(3);
  db->write(
      [](Connection& c) {
        testing::add_checkin(c, 1);
        throw std::runtime_error("the member closed the app");
      },
      [&](std::exception_ptr e) { failing.set_value(e); });
  for (std::size_t i = 0; i < audited.size(); ++i) {
    db->audit(read_by("r-" + std::to_string(i)),
              [&, i](std::exception_ptr e) { audited[i].set_value(e); });
  }
  db->write([](Connection& c) { testing::add_checkin(c, 2); },
            [&](std::exception_ptr e) { kept.set_value(e); });
  release.count_down();

  EXPECT_NE(failing.get_future().get(), nullptr);
  EXPECT_EQ(kept.get_future().get(), nullptr);
  for (auto& entry : audited) EXPECT_EQ(entry.get_future().get(), nullptr);
  EXPECT_FALSE(testing::has_checkin(*db, 1));
  EXPECT_TRUE(testing::has_checkin(*db, 2));
  const auto seqs = seq_by_request(*db);
  EXPECT_EQ(seqs.size(), audited.size());
  expect_in_queued_order(seqs, "r", static_cast<int>(audited.size()));
  EXPECT_TRUE(verdict_of(*db).verified);

  db->close();
  ASSERT_EQ(commits.size(), 2u);
  EXPECT_EQ(commits[1].batch_size, 2 + audited.size());
  EXPECT_EQ(commits[1].audit_entries, audited.size());
}

// Holds the writer inside a batch of its own until release() is called, so that everything queued
// meanwhile shares the next batch.
class HeldWriter {
 public:
  explicit HeldWriter(Db& db) {
    std::promise<void> started;
    db.write(
        [&started, release = release_](Connection&) {
          started.set_value();
          release->wait();
        },
        [](std::exception_ptr) {});
    started.get_future().wait();
  }
  void release() { release_->count_down(); }

 private:
  // Shared with the holding unit, which may still be leaving wait() when this object is gone.
  std::shared_ptr<std::latch> release_ = std::make_shared<std::latch>(1);
};

// A unit's own row (append_audit inside Db::write) joins its batch's multi-row INSERT: it is in
// the log once its write is acknowledged, and gone with a unit that fails, however it fails.
TEST_P(AuditBatch, AUnitsOwnRowIsKeptWithItAndUndoneWithIt) {
  std::vector<CommitObservation> commits;
  DbOptions options;
  options.on_commit = [&](const CommitObservation& o) { commits.push_back(o); };
  auto db = open_migrated(url, options);
  db->write_and_wait([](Connection& c) { testing::add_checkin(c, 9); });
  commits.clear();

  HeldWriter held(*db);
  std::promise<std::exception_ptr> thrown, refused, kept, queued;
  db->write(
      [](Connection& c) {
        testing::add_checkin(c, 1);
        append_audit(c, read_by("thrown"));
        throw std::runtime_error("the member closed the app");
      },
      [&](std::exception_ptr e) { thrown.set_value(e); });
  db->write(
      [](Connection& c) {
        append_audit(c, read_by("refused"));
        testing::add_checkin(c, 9);  // already there: the database refuses it
      },
      [&](std::exception_ptr e) { refused.set_value(e); });
  db->write(
      [](Connection& c) {
        testing::add_checkin(c, 2);
        append_audit(c, read_by("kept-1"));
        append_audit(c, read_by("kept-2"));
      },
      [&](std::exception_ptr e) { kept.set_value(e); });
  db->audit(read_by("queued"), [&](std::exception_ptr e) { queued.set_value(e); });
  held.release();

  EXPECT_NE(thrown.get_future().get(), nullptr);
  EXPECT_NE(refused.get_future().get(), nullptr);
  EXPECT_EQ(kept.get_future().get(), nullptr);
  EXPECT_EQ(queued.get_future().get(), nullptr);
  EXPECT_FALSE(testing::has_checkin(*db, 1));
  EXPECT_TRUE(testing::has_checkin(*db, 2));
  const auto seqs = seq_by_request(*db);
  EXPECT_EQ(seqs.size(), 3u);
  EXPECT_EQ(seqs.count("thrown"), 0u);
  EXPECT_EQ(seqs.count("refused"), 0u);
  ASSERT_EQ(seqs.count("kept-1") + seqs.count("kept-2") + seqs.count("queued"), 3u);
  EXPECT_LT(seqs.at("kept-1"), seqs.at("kept-2"));
  EXPECT_TRUE(verdict_of(*db).verified);
  db->close();
  ASSERT_EQ(commits.size(), 2u);  // the holder's, then all four parts in one
  EXPECT_EQ(commits[1].batch_size, 4u);
  EXPECT_EQ(commits[1].audit_entries, 1u);
}

// Should the batch's audit rows fail to go in, no write whose own row was among them is
// acknowledged: nothing of the batch is kept, and the writer goes on with the next batch.
TEST_P(AuditBatch, AWriteWhoseRowCannotGoInIsNotAcknowledged) {
  auto db = open_migrated(url);
  db->write_and_wait([&](Connection& c) {
    if (GetParam() == testing::Backend::sqlite) {
      c.execute_script(
          "CREATE TRIGGER refuse_unwritable BEFORE INSERT ON audit_log "
          "WHEN NEW.action = 'unwritable' BEGIN SELECT RAISE(ABORT, 'refused'); END;");
    } else {
      c.execute_script(
          "CREATE FUNCTION refuse_unwritable() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
          "IF NEW.action = 'unwritable' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; "
          "END $$; CREATE TRIGGER refuse_unwritable BEFORE INSERT ON audit_log FOR EACH ROW "
          "EXECUTE FUNCTION refuse_unwritable();");
    }
  });
  AuditEntry unwritable = read_by("unwritable");
  unwritable.action = "unwritable";

  // Alone in its batch (no savepoints), then beside a batch-mate and an entry queued on its own.
  std::promise<std::exception_ptr> alone;
  db->write(
      [&](Connection& c) {
        testing::add_checkin(c, 1);
        append_audit(c, unwritable);
      },
      [&](std::exception_ptr e) { alone.set_value(e); });
  EXPECT_NE(alone.get_future().get(), nullptr);

  HeldWriter held(*db);
  std::promise<std::exception_ptr> poisoned, mate, queued;
  db->write(
      [&](Connection& c) {
        testing::add_checkin(c, 2);
        append_audit(c, unwritable);
      },
      [&](std::exception_ptr e) { poisoned.set_value(e); });
  db->write(
      [](Connection& c) {
        testing::add_checkin(c, 3);
        append_audit(c, read_by("mate"));
      },
      [&](std::exception_ptr e) { mate.set_value(e); });
  db->audit(read_by("queued"), [&](std::exception_ptr e) { queued.set_value(e); });
  held.release();
  EXPECT_NE(poisoned.get_future().get(), nullptr);
  EXPECT_NE(mate.get_future().get(), nullptr);
  EXPECT_NE(queued.get_future().get(), nullptr);
  for (int id : {1, 2, 3}) EXPECT_FALSE(testing::has_checkin(*db, id)) << id;
  EXPECT_TRUE(seq_by_request(*db).empty());

  db->write_and_wait([](Connection& c) {
    testing::add_checkin(c, 4);
    append_audit(c, read_by("after"));
  });
  EXPECT_TRUE(testing::has_checkin(*db, 4));
  EXPECT_EQ(seq_by_request(*db).count("after"), 1u);
  EXPECT_TRUE(verdict_of(*db).verified);
}

// Two servers' writers on one database, each batch changing the same two rows in opposite orders
// (as two check-ins' triggers update two members' queue rows): without an order between the
// batches, PostgreSQL would end one of them with a deadlock and fail every write in it.
TEST_P(AuditBatch, TwoServersBatchesOverTheSameRowsInOppositeOrdersAllCommit) {
  if (GetParam() == testing::Backend::sqlite) {
    GTEST_SKIP() << "SQLite has one writer per file (BEGIN IMMEDIATE): batches cannot interleave";
  }
  static const Statement bump{"bump_checkin", "UPDATE checkins SET pain = pain + 1 WHERE id = $1"};
  auto first = open_migrated(url);
  auto second = open_db(url);
  first->write_and_wait([](Connection& c) {
    testing::add_checkin(c, 1);
    testing::add_checkin(c, 2);
  });
  constexpr int rounds = 3;
  for (int round = 0; round < rounds; ++round) {
    std::vector<std::future<std::exception_ptr>> outcomes;
    {
      HeldWriter held_first(*first);
      HeldWriter held_second(*second);
      for (auto [db, ids] :
           {std::pair{first.get(), std::array{1, 2}}, std::pair{second.get(), std::array{2, 1}}}) {
        for (const int id : ids) {
          auto outcome = std::make_shared<std::promise<std::exception_ptr>>();
          outcomes.push_back(outcome->get_future());
          db->write(
              [id](Connection& c) {
                c.execute(bump, {std::int64_t{id}});
                append_audit(c, read_by("bump-" + std::to_string(id)));
                // Long enough for the other server's batch to reach its first row.
                std::this_thread::sleep_for(std::chrono::milliseconds(30));
              },
              [outcome](std::exception_ptr e) { outcome->set_value(e); });
        }
      }
      held_first.release();
      held_second.release();
    }
    for (auto& outcome : outcomes) {
      const auto error = outcome.get();
      std::string what;
      try {
        if (error) std::rethrow_exception(error);
      } catch (const std::exception& e) {
        what = e.what();
      }
      EXPECT_EQ(error, nullptr) << "round " << round << ": " << what;
    }
  }
  std::int64_t pain_sum = 0;
  first->read([&](Connection& c) {
    pain_sum = c.query({"sum_pain", "SELECT sum(pain) FROM checkins"}).at(0).integer(0);
  });
  EXPECT_EQ(pain_sum, 2 * 3 + 2 * 2 * rounds);
  EXPECT_TRUE(verdict_of(*first).verified);
}

// More entries than one INSERT carries: they are split into several, chained across the splits.
TEST_P(AuditBatch, EntriesBeyondOneInsertChainAcrossInserts) {
  const int count = static_cast<int>(2 * kAuditRowsPerInsert + 17);
  std::vector<CommitObservation> commits;
  DbOptions options;
  options.on_commit = [&](const CommitObservation& o) { commits.push_back(o); };
  auto db = open_migrated(url, options);
  db->write_and_wait([](Connection& c) { append_audit(c, read_by("before")); });
  commits.clear();

  std::latch release(1);
  std::promise<void> holder_started;
  db->write(
      [&](Connection&) {
        holder_started.set_value();
        release.wait();
      },
      [](std::exception_ptr) {});
  holder_started.get_future().wait();
  std::atomic<int> acknowledged = 0;
  std::latch all_done(count);
  for (int i = 0; i < count; ++i) {
    db->audit(read_by("r-" + std::to_string(i)), [&](std::exception_ptr error) {
      if (!error) ++acknowledged;
      all_done.count_down();
    });
  }
  release.count_down();
  all_done.wait();
  EXPECT_EQ(acknowledged.load(), count);

  const ChainVerdict verdict = verdict_of(*db);
  EXPECT_TRUE(verdict.verified) << "broken at seq " << verdict.first_broken_seq.value_or(0);
  EXPECT_EQ(verdict.rows, count + 1);
  const auto seqs = seq_by_request(*db);
  EXPECT_EQ(seqs.at("before"), 1);
  expect_in_queued_order(seqs, "r", count);
  db->close();
  // The holder's batch, then every queued entry in one batch.
  ASSERT_EQ(commits.size(), 2u);
  EXPECT_EQ(commits[1].audit_entries, static_cast<std::size_t>(count));
}

INSTANTIATE_TEST_SUITE_P(Backends, AuditBatch,
                         ::testing::Values(testing::Backend::sqlite, testing::Backend::postgresql),
                         testing::backend_name);

}  // namespace
}  // namespace motus::store
