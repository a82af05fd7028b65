#include <gtest/gtest.h>

#include "unit/store/checkin_table.hpp"

namespace motus::store {
namespace {

const Migration members{"sqlite", 1, "0001_members",
                        "CREATE TABLE members (id TEXT PRIMARY KEY, name TEXT NOT NULL);"};
const Migration plans{"sqlite", 2, "0002_plans",
                      "CREATE TABLE plans (member_id TEXT NOT NULL REFERENCES members(id));"
                      "CREATE INDEX plans_by_member ON plans (member_id);"};
const Migration postgres_only{"postgresql", 3, "0003_postgres_only", "CREATE SCHEMA nope;"};
const Migration broken{"sqlite", 3, "0003_broken",
                       "CREATE TABLE diaries (id TEXT); THIS IS NOT SQL;"};

DbOptions knowing(std::vector<Migration> migrations) {
  DbOptions options;
  options.migrations = std::move(migrations);
  return options;
}

std::vector<std::int64_t> recorded_numbers(Db& db) {
  std::vector<std::int64_t> numbers;
  db.read([&](Connection& c) {
    for (const Row& row :
         c.query({"recorded", "SELECT number FROM schema_migrations ORDER BY 1"})) {
      numbers.push_back(row.integer(0));
    }
  });
  return numbers;
}

bool has_table(Db& db, const std::string& name) {
  bool found = false;
  db.read([&](Connection& c) {
    found = !c.query({"has_table", "SELECT 1 FROM sqlite_master WHERE type='table' AND name=$1"},
                     {name})
                 .empty();
  });
  return found;
}

class Migrations : public ::testing::Test {
 protected:
  testing::ScratchDirectory directory;
  std::string url = "sqlite:" + directory.file("motus.db");
};

TEST_F(Migrations, ApplyOnceInOrderAndRecordTheirNumbers) {
  auto db = open_db(url, knowing({plans, postgres_only, members}));
  EXPECT_EQ(db->migrate(), (std::vector<int>{1, 2}));
  EXPECT_TRUE(has_table(*db, "members"));
  EXPECT_TRUE(has_table(*db, "plans"));
  EXPECT_EQ(recorded_numbers(*db), (std::vector<std::int64_t>{1, 2}));
  std::string applied_at;
  db->read([&](Connection& c) {
    applied_at = c.query({"applied_at", "SELECT applied_at FROM schema_migrations"}).at(0).text(0);
  });
  EXPECT_EQ(applied_at.size(), std::string("2026-01-01T00:00:00.000Z").size()) << applied_at;
}

TEST_F(Migrations, RunningAgainChangesNothing) {
  auto db = open_db(url, knowing({members, plans}));
  db->migrate();
  EXPECT_TRUE(db->migrate().empty());
  EXPECT_EQ(recorded_numbers(*db), (std::vector<std::int64_t>{1, 2}));
}

TEST_F(Migrations, OnlyTheNewStepsApplyLater) {
  open_db(url, knowing({members}))->migrate();
  auto db = open_db(url, knowing({members, plans}));
  EXPECT_EQ(db->migrate(), (std::vector<int>{2}));
}

TEST_F(Migrations, DatabaseNewerThanThisProgramIsRefused) {
  open_db(url, knowing({members, plans}))->migrate();
  auto older_program = open_db(url, knowing({members}));
  try {
    older_program->migrate();
    FAIL() << "an older program should refuse a newer database";
  } catch (const StoreError& error) {
    const std::string message = error.what();
    EXPECT_NE(message.find("newer"), std::string::npos) << message;
    EXPECT_NE(message.find("0002_plans"), std::string::npos) << message;
  }
}

TEST_F(Migrations, FailingStepKeepsNothingOfItself) {
  auto db = open_db(url, knowing({members, plans, broken}));
  try {
    db->migrate();
    FAIL() << "a broken step should fail";
  } catch (const StoreError& error) {
    EXPECT_NE(std::string(error.what()).find("0003_broken"), std::string::npos) << error.what();
  }
  EXPECT_FALSE(has_table(*db, "diaries"));
  EXPECT_EQ(recorded_numbers(*db), (std::vector<std::int64_t>{1, 2}));
}

TEST_F(Migrations, EmbeddedStepsApplyToAFreshDatabase) {
  auto db = open_db(url);
  const std::vector<int> applied = db->migrate();
  std::size_t embedded_sqlite = 0;
  for (const Migration& m : embedded_migrations()) embedded_sqlite += m.dialect == "sqlite";
  EXPECT_EQ(applied.size(), embedded_sqlite);
  EXPECT_TRUE(db->migrate().empty());
}

}  // namespace
}  // namespace motus::store
