#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/shell.hpp"
#include "support/temp_dir.hpp"
#include "unit/store/checkin_table.hpp"

namespace motus::store {
namespace {

TEST(Backup, CopyOpensAndHoldsTheData) {
  test::TempDir directory;
  auto db = testing::open_with_checkins("sqlite:" + directory.file("motus.db"));
  for (std::int64_t id = 1; id <= 50; ++id) {
    db->write_and_wait([id](Connection& c) { testing::add_checkin(c, id, "m-2", id % 10); });
  }
  const std::string copy_path = directory.file("copy.db");
  db->backup(copy_path);
  // The live database keeps working after the copy and the copy does not follow it.
  db->write_and_wait([](Connection& c) { testing::add_checkin(c, 51); });

  EXPECT_FALSE(std::filesystem::exists(copy_path + ".partial"));
  auto copy = open_db("sqlite:" + copy_path);
  EXPECT_EQ(testing::count_of_checkins(*copy), 50);
  Rows rows;
  copy->read([&](Connection& c) { rows = c.query(testing::checkin_by_id, {std::int64_t{17}}); });
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].text(0), "m-2");
  EXPECT_EQ(rows[0].integer(1), 7);
}

TEST(Backup, UnwritableDestinationIsAStoreError) {
  test::TempDir directory;
  auto db = testing::open_with_checkins("sqlite:" + directory.file("motus.db"));
  EXPECT_THROW(db->backup(directory.file("no-such-dir/copy.db")), StoreError);
}

class PostgresBackup : public testing::EachBackend {};

// pg_dump's custom format, restored into a second fresh database, holds what was written
// before the dump and nothing written after it.
TEST_P(PostgresBackup, DumpRestoresIntoAnotherDatabase) {
  auto db = testing::open_with_checkins(url);
  for (std::int64_t id = 1; id <= 50; ++id) {
    db->write_and_wait([id](Connection& c) { testing::add_checkin(c, id, "m-2", id % 10); });
  }
  const std::string dump = database->scratch_file("motus.dump");
  db->backup(dump);
  db->write_and_wait([](Connection& c) { testing::add_checkin(c, 51); });
  EXPECT_FALSE(std::filesystem::exists(dump + ".partial"));
  std::ifstream file(dump, std::ios::binary);
  std::string magic(5, '\0');
  file.read(magic.data(), 5);
  EXPECT_EQ(magic, "PGDMP") << "pg_dump's custom format starts with PGDMP";

  testing::TestDatabase restored_into(testing::Backend::postgresql);
  const auto restored = test::run_shell("pg_restore --no-owner --dbname='" + restored_into.url() +
                                        "' '" + dump + "' 2>&1");
  ASSERT_EQ(restored.exit_code, 0) << restored.output;
  auto copy = open_db(restored_into.url());
  EXPECT_EQ(testing::count_of_checkins(*copy), 50);
  EXPECT_TRUE(testing::has_checkin(*copy, 17));
}

TEST_P(PostgresBackup, UnwritableDestinationIsAStoreErrorAndLeavesNothing) {
  auto db = testing::open_with_checkins(url);
  const std::string destination = database->scratch_file("no-such-dir/motus.dump");
  EXPECT_THROW(db->backup(destination), StoreError);
  EXPECT_FALSE(std::filesystem::exists(destination + ".partial"));
}

INSTANTIATE_TEST_SUITE_P(Backends, PostgresBackup, ::testing::Values(testing::Backend::postgresql),
                         testing::backend_name);

}  // namespace
}  // namespace motus::store
