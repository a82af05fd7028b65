#include <gtest/gtest.h>

#include "support/temp_dir.hpp"
#include "unit/store/checkin_table.hpp"

namespace motus::store {
namespace {

// Caps the database file at its current size plus `spare_pages` (0 lifts the cap to SQLite's
// largest). The cap belongs to the connection, so it is set through the writer itself.
void cap_file_size(Db& db, std::int64_t spare_pages) {
  db.write_and_wait([spare_pages](Connection& c) {
    const std::int64_t pages = c.query({"page_count", "PRAGMA page_count"}).at(0).integer(0);
    const std::int64_t cap = spare_pages == 0 ? 4294967294 : pages + spare_pages;
    c.execute_script("PRAGMA max_page_count = " + std::to_string(cap));
  });
}

void add_large_checkin(Connection& c, std::int64_t id) {
  c.execute(testing::insert_checkin,
            {id, std::string("m-1"), std::int64_t{4}, std::string(64 * 1024, 'x')});
}

TEST(DiskFull, WriteFailsClearlyEarlierDataSurvivesAndLaterWritesWork) {
  test::TempDir directory;
  auto db = testing::open_with_checkins("sqlite:" + directory.file("motus.db"));
  for (std::int64_t id = 1; id <= 3; ++id) {
    db->write_and_wait([id](Connection& c) { add_large_checkin(c, id); });
  }
  cap_file_size(*db, 2);

  try {
    db->write_and_wait([](Connection& c) { add_large_checkin(c, 4); });
    FAIL() << "a write larger than the space left should fail";
  } catch (const StoreError& error) {
    EXPECT_EQ(error.kind(), StoreError::Kind::failure);
    EXPECT_NE(std::string(error.what()).find("full"), std::string::npos) << error.what();
    EXPECT_NE(std::string(error.what()).find("insert_checkin"), std::string::npos) << error.what();
  }
  EXPECT_EQ(testing::count_of_checkins(*db), 3);
  EXPECT_FALSE(testing::has_checkin(*db, 4));

  cap_file_size(*db, 0);
  db->write_and_wait([](Connection& c) { add_large_checkin(c, 5); });
  EXPECT_TRUE(testing::has_checkin(*db, 5));

  std::string integrity;
  db->read([&](Connection& c) {
    integrity = c.query({"integrity_check", "PRAGMA integrity_check"}).at(0).text(0);
  });
  EXPECT_EQ(integrity, "ok");
}

}  // namespace
}  // namespace motus::store
