#pragma once
// One sqlite3 connection, used by one thread at a time: the writer's, a reader thread's, or a
// short-lived one for migrations and backups. Statements are prepared once and kept by name.
#include <sqlite3.h>

#include <chrono>
#include <string>
#include <string_view>
#include <unordered_map>

#include "store/db.hpp"

namespace motus::store::sqlite {

enum class Access { read_write, query_only };

class SqliteConnection final : public Connection {
 public:
  SqliteConnection(const std::string& path, Access access, std::chrono::milliseconds busy_timeout);
  ~SqliteConnection() override;
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  Rows query(const Statement& statement, const std::vector<Value>& params = {}) override;
  std::int64_t execute(const Statement& statement, const std::vector<Value>& params = {}) override;
  void execute_script(std::string_view sql) override;

  // True while a transaction is open. SQLite ends a transaction by itself after some errors
  // (disk full, I/O), and the writer must notice that.
  bool in_transaction() const;
  sqlite3* handle() const { return handle_; }

 private:
  struct Prepared {
    std::string sql;  // as the caller wrote it, to catch one name used for two texts
    sqlite3_stmt* statement;
  };
  struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view name) const {
      return std::hash<std::string_view>{}(name);
    }
  };

  sqlite3_stmt* prepared(const Statement& statement);
  sqlite3_stmt* bound(const Statement& statement, const std::vector<Value>& params);
  void run(const Statement& statement, const std::vector<Value>& params, Rows* rows);

  sqlite3* handle_ = nullptr;
  std::unordered_map<std::string, Prepared, NameHash, std::equal_to<>> statements_;
};

}  // namespace motus::store::sqlite
