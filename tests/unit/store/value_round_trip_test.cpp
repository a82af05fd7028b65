// Every kind of Value goes in as a parameter and comes back out as the same Value on both back
// ends, and the same columns read back the same way whichever database holds them.
#include <gtest/gtest.h>

#include <limits>

#include "support/test_database.hpp"

namespace motus::store {
namespace {

using RoundTrip = testing::EachBackend;

const Statement create_readings{
    "create_readings",
    "CREATE TABLE readings (id INTEGER PRIMARY KEY, whole BIGINT, fraction DOUBLE PRECISION,"
    " words TEXT, flag BOOLEAN)"};
const Statement insert_reading{
    "insert_reading", "INSERT INTO readings (id, whole, fraction, words) VALUES ($1, $2, $3, $4)"};
const Statement reading_by_id{"reading_by_id",
                              "SELECT whole, fraction, words FROM readings WHERE id = $1"};

std::unique_ptr<Db> open_with_readings(const std::string& url) {
  auto db = open_db(url);
  db->write_and_wait([](Connection& c) { c.execute(create_readings); });
  return db;
}

Row stored(Db& db, std::int64_t id) {
  std::optional<Row> row;
  db.read([&](Connection& c) { row = c.query(reading_by_id, {id}).at(0); });
  return *row;
}

TEST_P(RoundTrip, EveryValueKindComesBackAsItWent) {
  auto db = open_with_readings(url);
  const std::vector<std::vector<Value>> rows = {
      {std::int64_t{1}, std::numeric_limits<std::int64_t>::max(), 0.1, std::string("plain")},
      {std::int64_t{2}, std::numeric_limits<std::int64_t>::min(), -1.0e-300,
       std::string("Schmerz \xE2\x80\x94 \xC3\xA9t\xC3\xA9 \xF0\x9F\x98\x80 'quoted' \"twice\"")},
      {std::int64_t{3}, std::int64_t{0}, 1.0 / 3.0, std::string()},
      {std::int64_t{4}, nullptr, nullptr, nullptr},
      {std::int64_t{5}, std::int64_t{-42}, 1.0e300, std::string(100'000, 'x')},
  };
  db->write_and_wait([&](Connection& c) {
    for (const auto& row : rows) c.execute(insert_reading, row);
  });
  for (const auto& row : rows) {
    const Row back = stored(*db, std::get<std::int64_t>(row[0]));
    for (std::size_t i = 0; i < 3; ++i) {
      EXPECT_EQ(back[i], row[i + 1]) << "row " << std::get<std::int64_t>(row[0]) << " column " << i;
    }
  }
}

TEST_P(RoundTrip, IntegerParametersCompareWithIntegerColumns) {
  auto db = open_with_readings(url);
  db->write_and_wait([](Connection& c) {
    c.execute(insert_reading,
              {std::int64_t{7}, std::int64_t{1'780'000'000'000}, 2.5, std::string("seven")});
  });
  Rows rows;
  db->read([&](Connection& c) {
    rows = c.query({"readings_since", "SELECT id, whole - $2 FROM readings WHERE whole >= $1"},
                   {std::int64_t{1'779'999'999'999}, std::int64_t{1'000}});
  });
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].integer(0), 7);
  EXPECT_EQ(rows[0].integer(1), 1'779'999'999'000);
}

TEST_P(RoundTrip, CountsSumsBooleansAndRealsReadAsNumbers) {
  auto db = open_with_readings(url);
  db->write_and_wait([](Connection& c) {
    for (std::int64_t id = 1; id <= 4; ++id) {
      c.execute(insert_reading, {id, id, 0.5 * static_cast<double>(id), std::string("n")});
    }
  });
  Rows rows;
  db->read([&](Connection& c) {
    rows = c.query({"reading_totals",
                    "SELECT count(*), sum(whole), sum(fraction), avg(whole), "
                    "count(*) > 2, max(words), min(fraction) FROM readings"});
  });
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].integer(0), 4);
  // SQLite's sum of integers is an integer; PostgreSQL's is numeric, which reads as a double.
  EXPECT_EQ(rows[0].real(1), 10.0);
  EXPECT_EQ(rows[0].real(2), 5.0);
  EXPECT_EQ(rows[0].real(3), 2.5);
  EXPECT_EQ(rows[0].integer(4), 1) << "a boolean reads as 1 or 0";
  EXPECT_EQ(rows[0].text(5), "n");
  EXPECT_EQ(rows[0].real(6), 0.5);
}

TEST_P(RoundTrip, InfinitiesSurvive) {
  auto db = open_with_readings(url);
  db->write_and_wait([](Connection& c) {
    c.execute(insert_reading,
              {std::int64_t{1}, nullptr, std::numeric_limits<double>::infinity(), nullptr});
    c.execute(insert_reading,
              {std::int64_t{2}, nullptr, -std::numeric_limits<double>::infinity(), nullptr});
  });
  EXPECT_EQ(stored(*db, 1).real(1), std::numeric_limits<double>::infinity());
  EXPECT_EQ(stored(*db, 2).real(1), -std::numeric_limits<double>::infinity());
}

INSTANTIATE_TEST_SUITE_P(Backends, RoundTrip,
                         ::testing::Values(testing::Backend::sqlite, testing::Backend::postgresql),
                         testing::backend_name);

}  // namespace
}  // namespace motus::store
