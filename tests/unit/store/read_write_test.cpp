#include <gtest/gtest.h>

#include <future>
#include <latch>
#include <thread>

#include "unit/store/checkin_table.hpp"

namespace motus::store {
namespace {

using testing::add_checkin;
using testing::count_of_checkins;
using testing::has_checkin;

using ReadWrite = testing::EachBackend;

TEST_P(ReadWrite, ReadsSeeWhatWasCommitted) {
  auto db = testing::open_with_checkins(url);
  EXPECT_EQ(db->dialect(), backend() == testing::Backend::sqlite ? "sqlite" : "postgresql");
  db->write_and_wait([](Connection& c) { add_checkin(c, 1, "m-7", 6); });
  Rows rows;
  db->read([&](Connection& c) { rows = c.query(testing::checkin_by_id, {std::int64_t{1}}); });
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].text(0), "m-7");
  EXPECT_EQ(rows[0].integer(1), 6);
  EXPECT_TRUE(rows[0].is_null(2));
  EXPECT_TRUE(db->ping());
}

TEST_P(ReadWrite, ExecuteReportsRowsChanged) {
  auto db = testing::open_with_checkins(url);
  std::int64_t changed = 0;
  db->write_and_wait([&](Connection& c) {
    add_checkin(c, 1);
    add_checkin(c, 2);
    changed = c.execute({"raise_pain", "UPDATE checkins SET pain = pain + 1"});
  });
  EXPECT_EQ(changed, 2);
}

TEST_P(ReadWrite, OneReadSeesOneSnapshot) {
  auto db = testing::open_with_checkins(url);
  db->write_and_wait([](Connection& c) { add_checkin(c, 1); });
  std::int64_t before = -1;
  std::int64_t after = -1;
  db->read([&](Connection& c) {
    before = c.query(testing::count_checkins).at(0).integer(0);
    // Another thread commits in the middle of this unit of work.
    std::thread([&] { db->write_and_wait([](Connection& w) { add_checkin(w, 2); }); }).join();
    after = c.query(testing::count_checkins).at(0).integer(0);
  });
  EXPECT_EQ(before, 1);
  EXPECT_EQ(after, 1);
  EXPECT_EQ(count_of_checkins(*db), 2);  // the next read sees it
}

TEST_P(ReadWrite, ReadsCannotWrite) {
  auto db = testing::open_with_checkins(url);
  EXPECT_THROW(db->read([](Connection& c) { add_checkin(c, 1); }), StoreError);
  EXPECT_EQ(count_of_checkins(*db), 0);
}

// A read's BEGIN travels with its first statement and its COMMIT is not waited for
// (PostgreSQL), so a read that fails at its first or a later statement, or runs none, must
// leave the thread's connection ready for the next read, which sees the latest commit.
TEST_P(ReadWrite, AFailedOrEmptyReadLeavesTheConnectionReady) {
  auto db = testing::open_with_checkins(url);
  const Statement no_such_table{"no_such_table", "SELECT count(*) FROM no_such_table"};
  EXPECT_THROW(db->read([&](Connection& c) { c.query(no_such_table); }), StoreError);
  EXPECT_EQ(count_of_checkins(*db), 0);
  EXPECT_THROW(db->read([&](Connection& c) {
    c.query(testing::count_checkins);
    c.query(no_such_table);
  }),
               StoreError);
  db->read([](Connection&) {});
  EXPECT_THROW(db->read([](Connection&) { throw std::runtime_error("the work itself failed"); }),
               std::runtime_error);
  db->write_and_wait([](Connection& c) { add_checkin(c, 1); });
  EXPECT_EQ(count_of_checkins(*db), 1);
  db->write_and_wait([](Connection& c) { add_checkin(c, 2); });
  EXPECT_EQ(count_of_checkins(*db), 2);
}

TEST_P(ReadWrite, ConstraintViolationHasKindConstraintAndNoValues) {
  auto db = testing::open_with_checkins(url);
  db->write_and_wait([](Connection& c) { add_checkin(c, 1); });
  try {
    db->write_and_wait([](Connection& c) { add_checkin(c, 1, "pain-diary-secret"); });
    FAIL() << "a duplicate id should be refused";
  } catch (const StoreError& error) {
    const std::string message = error.what();
    EXPECT_EQ(error.kind(), StoreError::Kind::constraint) << message;
    EXPECT_NE(message.find("insert_checkin"), std::string::npos) << message;
    EXPECT_EQ(message.find("pain-diary-secret"), std::string::npos) << message;
  }
  EXPECT_EQ(count_of_checkins(*db), 1);
}

TEST_P(ReadWrite, ForeignKeysAreEnforced) {
  auto db = open_db(url);
  db->write_and_wait([](Connection& c) {
    c.execute_script(
        "CREATE TABLE members (id TEXT PRIMARY KEY);"
        "CREATE TABLE plans (member_id TEXT NOT NULL REFERENCES members(id));");
  });
  try {
    db->write_and_wait([](Connection& c) {
      c.execute({"insert_plan", "INSERT INTO plans (member_id) VALUES ($1)"}, {std::string("x")});
    });
    FAIL() << "a plan for a member who does not exist should be refused";
  } catch (const StoreError& error) {
    EXPECT_EQ(error.kind(), StoreError::Kind::constraint) << error.what();
  }
}

TEST_P(ReadWrite, FailingUnitIsRolledBackAloneWhileBatchMatesCommit) {
  std::vector<std::size_t> batch_sizes;
  DbOptions options;
  options.on_commit = [&](const CommitObservation& o) { batch_sizes.push_back(o.batch_size); };
  auto db = testing::open_with_checkins(url, options);
  batch_sizes.clear();

  // Hold the writer inside a first batch so the next three units queue up and share a batch.
  std::latch release(1);
  std::promise<void> holder_started;
  db->write(
      [&](Connection& c) {
        holder_started.set_value();
        release.wait();
        add_checkin(c, 100);
      },
      [](std::exception_ptr) {});
  holder_started.get_future().wait();

  std::promise<std::exception_ptr> first, failing, last;
  const auto report = [](std::promise<std::exception_ptr>& p) {
    return [&p](std::exception_ptr e) { p.set_value(e); };
  };
  db->write([](Connection& c) { add_checkin(c, 1); }, report(first));
  db->write(
      [](Connection& c) {
        add_checkin(c, 2);
        throw std::runtime_error("the therapist cancelled");
      },
      report(failing));
  db->write([](Connection& c) { add_checkin(c, 3); }, report(last));
  release.count_down();

  EXPECT_EQ(first.get_future().get(), nullptr);
  const std::exception_ptr failure = failing.get_future().get();
  EXPECT_EQ(last.get_future().get(), nullptr);
  ASSERT_NE(failure, nullptr);
  EXPECT_THROW(std::rethrow_exception(failure), std::runtime_error);

  EXPECT_TRUE(has_checkin(*db, 1));
  EXPECT_FALSE(has_checkin(*db, 2));
  EXPECT_TRUE(has_checkin(*db, 3));
  db->close();
  EXPECT_EQ(batch_sizes, (std::vector<std::size_t>{1, 3}));
}

TEST_P(ReadWrite, FailedCommitFailsTheWholeBatchAndKeepsNothing) {
  auto db = testing::open_with_checkins(url);
  // A deferred foreign key is checked only at COMMIT, so this makes COMMIT itself fail.
  db->write_and_wait([](Connection& c) {
    c.execute_script(
        "CREATE TABLE members (id TEXT PRIMARY KEY);"
        "CREATE TABLE plans (member_id TEXT NOT NULL"
        " REFERENCES members(id) DEFERRABLE INITIALLY DEFERRED);");
  });

  std::latch release(1);
  std::promise<void> holder_started;
  db->write(
      [&](Connection&) {
        holder_started.set_value();
        release.wait();
      },
      [](std::exception_ptr) {});
  holder_started.get_future().wait();

  std::vector<std::promise<std::exception_ptr>> outcomes(3);
  const auto report = [&](std::size_t i) {
    return [&outcomes, i](std::exception_ptr e) { outcomes[i].set_value(e); };
  };
  db->write([](Connection& c) { add_checkin(c, 1); }, report(0));
  db->write(
      [](Connection& c) {
        c.execute({"insert_orphan_plan", "INSERT INTO plans (member_id) VALUES ($1)"},
                  {std::string("nobody")});
      },
      report(1));
  db->write([](Connection& c) { add_checkin(c, 3); }, report(2));
  release.count_down();

  for (auto& outcome : outcomes) {
    const std::exception_ptr error = outcome.get_future().get();
    ASSERT_NE(error, nullptr);
    try {
      std::rethrow_exception(error);
    } catch (const StoreError& store_error) {
      EXPECT_EQ(store_error.kind(), StoreError::Kind::constraint) << store_error.what();
    }
  }
  EXPECT_EQ(count_of_checkins(*db), 0);
  // The writer goes on after a failed commit.
  db->write_and_wait([](Connection& c) { add_checkin(c, 4); });
  EXPECT_TRUE(has_checkin(*db, 4));
}

TEST_P(ReadWrite, WriteAfterCloseIsClosed) {
  auto db = testing::open_with_checkins(url);
  db->close();
  db->close();  // idempotent
  try {
    db->write_and_wait([](Connection& c) { add_checkin(c, 1); });
    FAIL() << "writing to a closed store should throw";
  } catch (const StoreError& error) {
    EXPECT_EQ(error.kind(), StoreError::Kind::closed);
  }
  EXPECT_THROW(db->write([](Connection&) {}, [](std::exception_ptr) {}), StoreError);
  EXPECT_THROW(db->read([](Connection&) {}), StoreError);
  EXPECT_FALSE(db->ping());
}

TEST_P(ReadWrite, CloseFinishesQueuedWrites) {
  constexpr int writes = 300;
  std::atomic<int> acknowledged = 0;
  {
    auto db = testing::open_with_checkins(url);
    for (int i = 0; i < writes; ++i) {
      db->write([i](Connection& c) { add_checkin(c, i); },
                [&](std::exception_ptr e) { acknowledged += e == nullptr ? 1 : 0; });
    }
    db->close();
    EXPECT_EQ(acknowledged.load(), writes);
  }
  auto reopened = open_db(url);
  EXPECT_EQ(count_of_checkins(*reopened), writes);
}

TEST(OpenDb, SqliteUrlNeedsAPath) { EXPECT_THROW(open_db("sqlite:"), std::invalid_argument); }

TEST(OpenDb, MalformedPostgresqlUrlIsRefusedByName) {
  try {
    open_db("postgresql://localhost/motus?no_such_setting=1");
    FAIL() << "a setting libpq does not know should be refused";
  } catch (const std::invalid_argument& error) {
    EXPECT_NE(std::string(error.what()).find("PostgreSQL URL"), std::string::npos) << error.what();
  }
}

TEST(OpenDb, UnreachablePostgresqlIsAStoreError) {
  // Port 1 on the loopback address: nothing listens there, so the connection is refused at once.
  EXPECT_THROW(open_db("postgresql://motus@127.0.0.1:1/motus?connect_timeout=2"), StoreError);
}

TEST(OpenDb, UnknownUrlNamesTheAcceptedForms) {
  try {
    open_db("mysql://localhost/motus");
    FAIL() << "an unknown scheme should be refused";
  } catch (const std::invalid_argument& error) {
    const std::string message = error.what();
    EXPECT_NE(message.find("sqlite:PATH"), std::string::npos) << message;
    EXPECT_NE(message.find("postgresql://"), std::string::npos) << message;
  }
}

TEST(OpenDb, UnopenablePathIsAStoreError) {
  EXPECT_THROW(open_db("sqlite:/nonexistent-motus-dir/deeper/motus.db"), StoreError);
}

INSTANTIATE_TEST_SUITE_P(Backends, ReadWrite,
                         ::testing::Values(testing::Backend::sqlite, testing::Backend::postgresql),
                         testing::backend_name);

}  // namespace
}  // namespace motus::store
