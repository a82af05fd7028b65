#include "store/sqlite/sqlite_migrations.hpp"

#include "store/migration_runner.hpp"

namespace motus::store::sqlite {
namespace {

const Statement record_step{"record_migration",
                            "INSERT INTO schema_migrations (number, name, applied_at) "
                            "VALUES ($1, $2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"};

class SqliteMigrationDialect final : public MigrationDialect {
 public:
  explicit SqliteMigrationDialect(SqliteConnection& connection) : connection_(connection) {}

  std::string_view name() const override { return "sqlite"; }
  Connection& connection() override { return connection_; }
  bool in_transaction() const override { return connection_.in_transaction(); }
  // Each step's BEGIN IMMEDIATE takes the file's write lock, which is turn-taking enough.
  std::string_view lock() const override { return {}; }
  std::string_view create_bookkeeping() const override {
    return "CREATE TABLE IF NOT EXISTS schema_migrations ("
           " number INTEGER PRIMARY KEY,"
           " name TEXT NOT NULL,"
           " applied_at TEXT NOT NULL)";
  }
  std::string_view begin_step() const override { return "BEGIN IMMEDIATE"; }
  const Statement& record() const override { return record_step; }

 private:
  SqliteConnection& connection_;
};

}  // namespace

std::vector<int> apply_migrations(SqliteConnection& connection,
                                  const std::vector<Migration>& known) {
  SqliteMigrationDialect dialect(connection);
  return store::apply_migrations(dialect, known);
}

}  // namespace motus::store::sqlite
