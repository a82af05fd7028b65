#include "store/postgres/pg_migrations.hpp"

#include "store/migration_runner.hpp"

namespace motus::store::postgres {
namespace {

// Any fixed number works, as long as nothing else in the database uses it: "motus" in ASCII.
// Session-level, so it spans every step's transaction; the server releases it when the caller
// closes the connection.
constexpr std::string_view kMigrationLock = "SELECT pg_advisory_lock(465491244403)";

// The same text form as SQLite's strftime('%Y-%m-%dT%H:%M:%fZ', 'now').
const Statement record_step{"record_migration",
                            "INSERT INTO schema_migrations (number, name, applied_at) VALUES ($1, "
                            "$2, to_char(clock_timestamp() AT TIME ZONE 'UTC', "
                            "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'))"};

class PgMigrationDialect final : public MigrationDialect {
 public:
  explicit PgMigrationDialect(PgConnection& connection) : connection_(connection) {}

  std::string_view name() const override { return "postgresql"; }
  Connection& connection() override { return connection_; }
  bool in_transaction() const override { return connection_.in_transaction(); }
  std::string_view lock() const override { return kMigrationLock; }
  std::string_view create_bookkeeping() const override {
    return "CREATE TABLE IF NOT EXISTS schema_migrations ("
           " number integer PRIMARY KEY,"
           " name text NOT NULL,"
           " applied_at text NOT NULL)";
  }
  std::string_view begin_step() const override { return "BEGIN"; }
  const Statement& record() const override { return record_step; }

 private:
  PgConnection& connection_;
};

}  // namespace

std::vector<int> apply_migrations(PgConnection& connection, const std::vector<Migration>& known) {
  PgMigrationDialect dialect(connection);
  return store::apply_migrations(dialect, known);
}

}  // namespace motus::store::postgres
