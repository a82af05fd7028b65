// PostgreSQL drops connections when it restarts or fails over. An idle connection that was
// dropped is replaced before any work runs on it, so neither the next read nor the next write
// fails because of it.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "unit/store/checkin_table.hpp"

namespace motus::store {
namespace {

const Statement end_other_sessions{
    "end_other_sessions",
    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
    "WHERE datname = current_database() AND pid <> pg_backend_pid()"};
const Statement other_sessions{"other_sessions",
                               "SELECT count(*) FROM pg_stat_activity "
                               "WHERE datname = current_database() AND pid <> pg_backend_pid()"};

// Ends every other connection to the test database, as a server restart would, and waits until
// they are gone. Returns how many there were.
std::int64_t drop_other_connections(Db& admin) {
  std::int64_t ended = 0;
  admin.read([&](Connection& c) { ended = c.query(end_other_sessions).at(0).integer(0); });
  for (int i = 0; i < 100; ++i) {
    std::int64_t left = 0;
    admin.read([&](Connection& c) { left = c.query(other_sessions).at(0).integer(0); });
    if (left == 0) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return ended;
}

class PostgresReconnect : public testing::EachBackend {};

TEST_P(PostgresReconnect, DroppedIdleConnectionsAreReplacedWithoutFailingWork) {
  auto db = testing::open_with_checkins(url);
  db->write_and_wait([](Connection& c) { testing::add_checkin(c, 1); });
  ASSERT_EQ(testing::count_of_checkins(*db), 1);  // this thread now has a reader connection

  {
    auto admin = open_db(url);
    // The writer's and this thread's reader connections (the admin's own writer goes too).
    EXPECT_GE(drop_other_connections(*admin), 2);
  }

  EXPECT_NO_THROW(db->write_and_wait([](Connection& c) { testing::add_checkin(c, 2); }));
  EXPECT_EQ(testing::count_of_checkins(*db), 2);
  EXPECT_TRUE(db->ping());
}

INSTANTIATE_TEST_SUITE_P(Backends, PostgresReconnect,
                         ::testing::Values(testing::Backend::postgresql), testing::backend_name);

}  // namespace
}  // namespace motus::store
