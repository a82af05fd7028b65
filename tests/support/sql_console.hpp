#pragma once
// SQL typed at a server's database behind its back, as an operator with sqlite3 or psql would:
// tests seed rows no route writes and look at what the server stored. It all goes through
// store::open_db and the Db interface, so one plain SQL text with $1 parameters serves both back
// ends; the few things the two dialects do differently are methods here, and nowhere else.
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "store/db.hpp"

namespace motus::test {

class SqlConsole {
 public:
  explicit SqlConsole(const std::string& db_url);
  ~SqlConsole();
  SqlConsole(const SqlConsole&) = delete;
  SqlConsole& operator=(const SqlConsole&) = delete;

  std::string dialect() const { return std::string(db_->dialect()); }

  // Runs statements that take no parameters and return nothing, in one transaction; throws
  // naming the SQL when one fails.
  void run(const std::string& script) const;
  // The same, but returns the database's error message instead, or "" when it worked.
  std::string try_run(const std::string& script) const;
  // One statement with $1.. parameters; returns how many rows it changed.
  std::int64_t execute(const std::string& sql, const std::vector<store::Value>& params) const;

  // Every row of a query, every column as text (NULL as "").
  std::vector<std::vector<std::string>> rows(const std::string& query,
                                             const std::vector<store::Value>& params = {}) const;
  // The first column of every row.
  std::vector<std::string> column(const std::string& query,
                                  const std::vector<store::Value>& params = {}) const;
  // The first column of the first row ("" when there is none).
  std::string scalar(const std::string& query, const std::vector<store::Value>& params = {}) const;

  // The name of every table of the application's schema.
  std::vector<std::string> tables() const;

  // Runs `script` with the database's append-only guards on `table` out of the way, as someone
  // with direct access to the database could, and puts the guards back afterwards.
  void run_past_append_only(const std::string& table, const std::string& script) const;

 private:
  // A statement named after a fingerprint of its text: the store keeps prepared statements by
  // name, and one name must always mean one text.
  store::Statement statement(const std::string& sql) const;

  std::unique_ptr<store::Db> db_;
  mutable std::mutex kept_mutex_;
  mutable std::set<std::string> kept_;  // the names and texts the statements point into
};

}  // namespace motus::test
