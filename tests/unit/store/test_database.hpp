#pragma once
// A fresh, empty database for one test on either back end, removed afterwards. SQLite: a file in
// a scratch directory. PostgreSQL: `CREATE DATABASE motus_t_<random>` on the server named by
// MOTUS_TEST_POSTGRES_URL (scripts/with-postgres starts one and sets it), dropped after.
#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>

#include "store/db.hpp"
#include "unit/store/scratch_directory.hpp"

namespace motus::store::testing {

enum class Backend { sqlite, postgresql };

// "Sqlite" / "Postgresql", for value-parameterised test names.
std::string backend_name(const ::testing::TestParamInfo<Backend>& info);

class TestDatabase {
 public:
  explicit TestDatabase(Backend backend);
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  // The URL for open_db. Empty when PostgreSQL was asked for and no server is configured; then
  // `unavailable_reason()` says what to do.
  const std::string& url() const { return url_; }
  const std::string& unavailable_reason() const { return unavailable_reason_; }
  // A file path beside the database, for backups.
  std::string scratch_file(const std::string& name) const { return scratch_.file(name); }

 private:
  ScratchDirectory scratch_;
  std::string url_;
  std::string unavailable_reason_;
  std::string postgres_admin_url_;
  std::string postgres_database_;
};

// A fixture for tests that run once per back end: `url` is a fresh database's URL. On
// PostgreSQL without MOTUS_TEST_POSTGRES_URL the test fails (never skips) with what to run.
class EachBackend : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override;
  Backend backend() const { return GetParam(); }
  std::unique_ptr<TestDatabase> database;
  std::string url;
};

// `postgresql://user@host:port/postgres?x=y` with the database name replaced by `name`.
std::string with_database_name(const std::string& url, const std::string& name);

}  // namespace motus::store::testing
