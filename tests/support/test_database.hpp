#pragma once
// The database one test runs against, on the back end MOTUS_TEST_BACKEND names, so every API test
// runs unchanged on both: "sqlite" (the default) is a file in a temporary directory;
// "postgresql" is a fresh database on the server MOTUS_TEST_POSTGRES_URL points at (a superuser
// URL), dropped again when the test ends. Asking for PostgreSQL without that URL is an error,
// never a skip: a suite that silently ran on nothing would look green.
#include <optional>
#include <string>

#include "support/temp_dir.hpp"

namespace motus::test {

enum class Backend { sqlite, postgresql };

// The back end MOTUS_TEST_BACKEND asks for; throws for a value it does not know.
Backend backend_under_test();

// "sqlite" or "postgresql": what the store reports as its dialect.
std::string dialect_name(Backend backend);

class TestDatabase {
 public:
  TestDatabase();
  ~TestDatabase();  // drops the PostgreSQL database, ending any connection still on it
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  Backend backend() const { return backend_; }
  // What `motus serve --db` and store::open_db take.
  const std::string& url() const { return url_; }

 private:
  Backend backend_;
  std::optional<TempDir> dir_;  // SQLite: holds the file
  std::string server_url_;      // PostgreSQL: where CREATE and DROP DATABASE run
  std::string name_;            // PostgreSQL: the database's name
  std::string url_;
};

}  // namespace motus::test
