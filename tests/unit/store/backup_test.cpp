#include <gtest/gtest.h>

#include <filesystem>

#include "unit/store/checkin_table.hpp"

namespace motus::store {
namespace {

TEST(Backup, CopyOpensAndHoldsTheData) {
  testing::ScratchDirectory directory;
  auto db = testing::open_with_checkins(directory.file("motus.db"));
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
  testing::ScratchDirectory directory;
  auto db = testing::open_with_checkins(directory.file("motus.db"));
  EXPECT_THROW(db->backup(directory.file("no-such-dir/copy.db")), StoreError);
}

}  // namespace
}  // namespace motus::store
