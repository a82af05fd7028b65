#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

#include "unit/store/checkin_table.hpp"

namespace motus::store {
namespace {

// Test schemas for the dialect under test, and one step for the other dialect that must be
// ignored. Their SQL is the same in both dialects.
struct Steps {
  Migration members, plans, other_dialect, broken;
};

Steps steps_for(testing::Backend backend) {
  const std::string_view dialect = backend == testing::Backend::sqlite ? "sqlite" : "postgresql";
  const std::string_view other = backend == testing::Backend::sqlite ? "postgresql" : "sqlite";
  return {{dialect, 1, "0001_members",
           "CREATE TABLE members (id TEXT PRIMARY KEY, name TEXT NOT NULL);"},
          {dialect, 2, "0002_plans",
           "CREATE TABLE plans (member_id TEXT NOT NULL REFERENCES members(id));"
           "CREATE INDEX plans_by_member ON plans (member_id);"},
          {other, 3, "0003_other_dialect_only", "CREATE TABLE nope (id TEXT);"},
          {dialect, 3, "0003_broken", "CREATE TABLE diaries (id TEXT); THIS IS NOT SQL;"}};
}

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
    found = !c.query({"has_table", "SELECT 1 FROM sqlite_master WHERE type='table' AND name=$1",
                      "SELECT 1 FROM pg_tables WHERE schemaname = current_schema() "
                      "AND tablename = $1"},
                     {name})
                 .empty();
  });
  return found;
}

class Migrations : public testing::EachBackend {
 protected:
  void SetUp() override {
    testing::EachBackend::SetUp();
    const Steps steps = steps_for(backend());
    members = steps.members;
    plans = steps.plans;
    other_dialect = steps.other_dialect;
    broken = steps.broken;
  }
  Migration members, plans, other_dialect, broken;
};

TEST_P(Migrations, ApplyOnceInOrderAndRecordTheirNumbers) {
  auto db = open_db(url, knowing({plans, other_dialect, members}));
  EXPECT_EQ(db->migrate(), (std::vector<int>{1, 2}));
  EXPECT_TRUE(has_table(*db, "members"));
  EXPECT_TRUE(has_table(*db, "plans"));
  EXPECT_FALSE(has_table(*db, "nope"));
  EXPECT_EQ(recorded_numbers(*db), (std::vector<std::int64_t>{1, 2}));
  std::string applied_at;
  db->read([&](Connection& c) {
    applied_at = c.query({"applied_at", "SELECT applied_at FROM schema_migrations"}).at(0).text(0);
  });
  EXPECT_EQ(applied_at.size(), std::string("2026-01-01T00:00:00.000Z").size()) << applied_at;
}

TEST_P(Migrations, RunningAgainChangesNothing) {
  auto db = open_db(url, knowing({members, plans}));
  db->migrate();
  EXPECT_TRUE(db->migrate().empty());
  EXPECT_EQ(recorded_numbers(*db), (std::vector<std::int64_t>{1, 2}));
}

TEST_P(Migrations, OnlyTheNewStepsApplyLater) {
  open_db(url, knowing({members}))->migrate();
  auto db = open_db(url, knowing({members, plans}));
  EXPECT_EQ(db->migrate(), (std::vector<int>{2}));
}

TEST_P(Migrations, DatabaseNewerThanThisProgramIsRefused) {
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

TEST_P(Migrations, FailingStepKeepsNothingOfItself) {
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

TEST_P(Migrations, EmbeddedStepsApplyToAFreshDatabase) {
  auto db = open_db(url);
  const std::vector<int> applied = db->migrate();
  std::size_t embedded = 0;
  for (const Migration& m : embedded_migrations()) embedded += m.dialect == db->dialect();
  EXPECT_GE(embedded, 5u);
  EXPECT_EQ(applied.size(), embedded);
  EXPECT_TRUE(db->migrate().empty());
}

// Two servers starting together on one database: each step is applied exactly once.
TEST_P(Migrations, TwoProgramsMigratingAtOnceApplyEachStepOnce) {
  std::vector<int> first_applied;
  std::vector<int> second_applied;
  {
    auto first = open_db(url);
    auto second = open_db(url);
    std::thread other([&] { second_applied = second->migrate(); });
    first_applied = first->migrate();
    other.join();
  }
  std::vector<int> all = first_applied;
  all.insert(all.end(), second_applied.begin(), second_applied.end());
  std::sort(all.begin(), all.end());
  std::vector<int> expected;
  for (const Migration& m : embedded_migrations()) {
    if (m.dialect == open_db(url)->dialect()) expected.push_back(m.number);
  }
  EXPECT_EQ(all, expected);
}

// Both dialects ship the same schema steps, so a database moves between back ends by number.
TEST(EmbeddedMigrations, EachDialectHasTheSameNumbers) {
  std::vector<int> sqlite_steps;
  std::vector<int> postgres_steps;
  for (const Migration& m : embedded_migrations()) {
    (m.dialect == "sqlite" ? sqlite_steps : postgres_steps).push_back(m.number);
  }
  EXPECT_FALSE(sqlite_steps.empty());
  EXPECT_EQ(sqlite_steps, postgres_steps);
}

INSTANTIATE_TEST_SUITE_P(Backends, Migrations,
                         ::testing::Values(testing::Backend::sqlite, testing::Backend::postgresql),
                         testing::backend_name);

}  // namespace
}  // namespace motus::store
