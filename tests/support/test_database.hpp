#pragma once
// A throwaway database for one test, on SQLite or PostgreSQL, removed when the test ends. SQLite:
// a file in a temporary directory. PostgreSQL: a fresh database on the server
// MOTUS_TEST_POSTGRES_URL points at (a superuser URL; scripts/with-postgres starts one and sets
// it), dropped afterwards. Asking for PostgreSQL without that URL is an error, never a skip: a
// suite that silently ran on nothing would look green.
//
// The API suite runs once per back end and asks MOTUS_TEST_BACKEND which one it is on; the store
// suite runs each test on both, as value-parameterised tests (EachBackend).
#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>
#include <string>

#include "store/db.hpp"  // the tests open what url() names with store::open_db
#include "support/temp_dir.hpp"

namespace motus::test {

enum class Backend { sqlite, postgresql };

// The back end MOTUS_TEST_BACKEND asks for ("sqlite", the default, or "postgresql"); throws for a
// value it does not know.
Backend backend_under_test();

// "sqlite" or "postgresql": what the store reports as its dialect.
std::string dialect_name(Backend backend);

// "Sqlite" / "Postgresql", for value-parameterised test names.
std::string backend_name(const ::testing::TestParamInfo<Backend>& info);

// What the new database holds when the test gets it.
enum class Start {
  // Nothing at all: for tests of the store itself, migrations included.
  empty,
  // Whatever `motus serve` starts on fastest. On PostgreSQL, a copy of a template that already
  // carries this build's schema, because migrating every test's database from nothing costs more
  // than most tests; on SQLite, an empty file, which the server migrates in milliseconds.
  for_server,
};

// Thrown when PostgreSQL is asked for but MOTUS_TEST_POSTGRES_URL is unset; says what to run.
struct NoPostgresServer : std::runtime_error {
  NoPostgresServer();
};

class TestDatabase {
 public:
  // For the API suite: the back end MOTUS_TEST_BACKEND names, ready for `motus serve`.
  TestDatabase();
  explicit TestDatabase(Backend backend, Start start = Start::empty);
  ~TestDatabase();  // drops the PostgreSQL database, ending any connection still on it
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  Backend backend() const { return backend_; }
  // What `motus serve --db` and store::open_db take.
  const std::string& url() const { return url_; }
  // A path in this database's own temporary directory, for backups and dumps.
  std::string scratch_file(const std::string& name) const;

 private:
  Backend backend_;
  TempDir dir_;
  std::string server_url_;  // PostgreSQL: where CREATE and DROP DATABASE run
  std::string name_;        // PostgreSQL: the database's name
  std::string url_;
};

// A fixture for tests that run once per back end: `url` is a fresh, empty database's URL. On
// PostgreSQL without MOTUS_TEST_POSTGRES_URL the test fails with what to run.
class EachBackend : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override;
  Backend backend() const { return GetParam(); }
  std::unique_ptr<TestDatabase> database;
  std::string url;
};

}  // namespace motus::test

// The store's own tests live in namespace motus::store, where `testing::` names their helpers
// (unit/store/checkin_table.hpp); the database helper is spelled the same way there.
namespace motus::store::testing {
using ::motus::test::Backend;
using ::motus::test::backend_name;
using ::motus::test::EachBackend;
using ::motus::test::TestDatabase;
}  // namespace motus::store::testing
