#pragma once
// A small table shaped like the check-ins the server stores, and the statements the store tests
// run against it, so each test file reads as what it checks.
#include <cstdint>
#include <memory>
#include <string>

#include "store/db.hpp"
#include "support/test_database.hpp"

namespace motus::store::testing {

inline const Statement create_checkins{
    "create_checkins",
    "CREATE TABLE IF NOT EXISTS checkins ("
    " id INTEGER PRIMARY KEY, member TEXT NOT NULL, pain INTEGER NOT NULL, note TEXT)"};
inline const Statement insert_checkin{
    "insert_checkin", "INSERT INTO checkins (id, member, pain, note) VALUES ($1, $2, $3, $4)"};
inline const Statement count_checkins{"count_checkins", "SELECT count(*) FROM checkins"};
inline const Statement checkin_by_id{"checkin_by_id",
                                     "SELECT member, pain, note FROM checkins WHERE id = $1"};

// `url` as open_db takes it: sqlite:PATH or postgresql://...
inline std::unique_ptr<Db> open_with_checkins(const std::string& url, DbOptions options = {}) {
  auto db = open_db(url, std::move(options));
  db->write_and_wait([](Connection& c) { c.execute(create_checkins); });
  return db;
}

inline void add_checkin(Connection& c, std::int64_t id, const std::string& member = "m-1",
                        std::int64_t pain = 3) {
  c.execute(insert_checkin, {id, member, pain, nullptr});
}

inline std::int64_t count_of_checkins(Db& db) {
  std::int64_t count = -1;
  db.read([&](Connection& c) { count = c.query(count_checkins).at(0).integer(0); });
  return count;
}

inline bool has_checkin(Db& db, std::int64_t id) {
  bool found = false;
  db.read([&](Connection& c) { found = !c.query(checkin_by_id, {id}).empty(); });
  return found;
}

}  // namespace motus::store::testing
