#include "store/sqlite/sqlite_connection.hpp"

#include <string>

#include "store/sqlite/parameter_style.hpp"
#include "store/sqlite/sqlite_error.hpp"

namespace motus::store::sqlite {
namespace {

std::string statement_label(const Statement& statement) {
  return "statement '" + std::string(statement.name) + "'";
}

Value column_value(sqlite3_stmt* statement, int i) {
  switch (sqlite3_column_type(statement, i)) {
    case SQLITE_INTEGER:
      return static_cast<std::int64_t>(sqlite3_column_int64(statement, i));
    case SQLITE_FLOAT:
      return sqlite3_column_double(statement, i);
    case SQLITE_NULL:
      return nullptr;
    default: {
      // Text and blobs both arrive as bytes; read the pointer before the size, as SQLite asks.
      const auto* bytes = static_cast<const char*>(sqlite3_column_blob(statement, i));
      const int size = sqlite3_column_bytes(statement, i);
      return bytes == nullptr ? std::string() : std::string(bytes, static_cast<std::size_t>(size));
    }
  }
}

int bind_value(sqlite3_stmt* statement, int index, const Value& value) {
  switch (value.index()) {
    case 0:
      return sqlite3_bind_null(statement, index);
    case 1:
      return sqlite3_bind_int64(statement, index, std::get<std::int64_t>(value));
    case 2:
      return sqlite3_bind_double(statement, index, std::get<double>(value));
    default: {
      const auto& text = std::get<std::string>(value);
      return sqlite3_bind_text64(statement, index, text.data(), text.size(), SQLITE_TRANSIENT,
                                 SQLITE_UTF8);
    }
  }
}

// Leaves a cached statement ready for its next use however the run ended.
struct ResetAfterRun {
  sqlite3_stmt* statement;
  ~ResetAfterRun() {
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
  }
};

}  // namespace

SqliteConnection::SqliteConnection(const std::string& path, Access access,
                                   std::chrono::milliseconds busy_timeout) {
  const int flags =
      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
  const int opened = sqlite3_open_v2(path.c_str(), &handle_, flags, nullptr);
  if (opened != SQLITE_OK) {
    const std::string reason =
        handle_ != nullptr ? sqlite3_errmsg(handle_) : sqlite3_errstr(opened);
    sqlite3_close_v2(handle_);
    throw StoreError(kind_of(opened), "cannot open the database '" + path + "': " + reason);
  }
  try {
    sqlite3_busy_timeout(handle_, static_cast<int>(busy_timeout.count()));
    // WAL lets readers keep their snapshot while the writer commits; FULL makes each commit
    // reach the disk before we acknowledge it.
    const Rows mode = query({"journal_mode_wal", "PRAGMA journal_mode=WAL"});
    if (mode.empty() || mode.front().text(0) != "wal") {
      throw StoreError(StoreError::Kind::failure,
                       "the database '" + path + "' cannot use write-ahead logging here");
    }
    // secure_delete: a deleted member's rows are overwritten with zeros, not left in free pages.
    execute_script("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON;");
    if (access == Access::query_only) execute_script("PRAGMA query_only=ON;");
  } catch (...) {
    for (auto& [name, prepared] : statements_) sqlite3_finalize(prepared.statement);
    sqlite3_close_v2(handle_);
    throw;
  }
}

SqliteConnection::~SqliteConnection() {
  for (auto& [name, prepared] : statements_) sqlite3_finalize(prepared.statement);
  sqlite3_close_v2(handle_);
}

Rows SqliteConnection::query(const Statement& statement, const std::vector<Value>& params) {
  Rows rows;
  run(statement, params, &rows);
  return rows;
}

std::int64_t SqliteConnection::execute(const Statement& statement,
                                       const std::vector<Value>& params) {
  run(statement, params, nullptr);
  return sqlite3_changes64(handle_);
}

void SqliteConnection::execute_script(std::string_view sql) {
  const std::string text(sql);
  const int result = sqlite3_exec(handle_, text.c_str(), nullptr, nullptr, nullptr);
  if (result != SQLITE_OK) throw_sqlite_error(handle_, result, "script");
}

bool SqliteConnection::in_transaction() const { return sqlite3_get_autocommit(handle_) == 0; }

sqlite3_stmt* SqliteConnection::prepared(const Statement& statement) {
  if (auto found = statements_.find(statement.name); found != statements_.end()) {
    if (found->second.sql != statement.sql) {
      throw StoreError(StoreError::Kind::failure,
                       statement_label(statement) + " is used for two different SQL texts");
    }
    return found->second.statement;
  }
  const std::string sql = rewrite_parameters(statement.sql);
  sqlite3_stmt* compiled = nullptr;
  const int result = sqlite3_prepare_v3(handle_, sql.c_str(), static_cast<int>(sql.size() + 1),
                                        SQLITE_PREPARE_PERSISTENT, &compiled, nullptr);
  if (result != SQLITE_OK) throw_sqlite_error(handle_, result, statement_label(statement));
  if (compiled == nullptr) {
    throw StoreError(StoreError::Kind::failure, statement_label(statement) + " has no SQL");
  }
  statements_.emplace(std::string(statement.name), Prepared{std::string(statement.sql), compiled});
  return compiled;
}

sqlite3_stmt* SqliteConnection::bound(const Statement& statement,
                                      const std::vector<Value>& params) {
  sqlite3_stmt* compiled = prepared(statement);
  const int expected = sqlite3_bind_parameter_count(compiled);
  if (static_cast<std::size_t>(expected) != params.size()) {
    throw StoreError(StoreError::Kind::failure,
                     statement_label(statement) + " takes " + std::to_string(expected) +
                         " parameters but was given " + std::to_string(params.size()));
  }
  for (std::size_t i = 0; i < params.size(); ++i) {
    const int result = bind_value(compiled, static_cast<int>(i + 1), params[i]);
    if (result != SQLITE_OK) {
      sqlite3_clear_bindings(compiled);
      throw_sqlite_error(handle_, result, statement_label(statement));
    }
  }
  return compiled;
}

void SqliteConnection::run(const Statement& statement, const std::vector<Value>& params,
                           Rows* rows) {
  sqlite3_stmt* compiled = bound(statement, params);
  ResetAfterRun reset{compiled};
  const int columns = sqlite3_column_count(compiled);
  for (;;) {
    const int result = sqlite3_step(compiled);
    if (result == SQLITE_DONE) return;
    if (result != SQLITE_ROW) throw_sqlite_error(handle_, result, statement_label(statement));
    if (rows == nullptr) continue;
    std::vector<Value> row;
    row.reserve(static_cast<std::size_t>(columns));
    for (int i = 0; i < columns; ++i) row.push_back(column_value(compiled, i));
    rows->emplace_back(std::move(row));
  }
}

}  // namespace motus::store::sqlite
