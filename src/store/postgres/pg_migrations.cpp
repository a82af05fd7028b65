#include "store/postgres/pg_migrations.hpp"

#include <algorithm>
#include <string>

namespace motus::store::postgres {
namespace {

// Any fixed number works, as long as nothing else in the database uses it: "motus" in ASCII.
constexpr std::string_view kMigrationLock = "SELECT pg_advisory_lock(465491244403)";

const Statement newest_applied{"newest_applied_migration",
                               "SELECT number, name FROM schema_migrations "
                               "ORDER BY number DESC LIMIT 1"};
const Statement is_applied{"migration_is_applied",
                           "SELECT 1 FROM schema_migrations WHERE number = $1"};
// The same text form as SQLite's strftime('%Y-%m-%dT%H:%M:%fZ', 'now').
const Statement record{"record_migration",
                       "INSERT INTO schema_migrations (number, name, applied_at) VALUES ($1, $2, "
                       "to_char(clock_timestamp() AT TIME ZONE 'UTC', "
                       "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'))"};

std::vector<Migration> postgres_steps_in_order(const std::vector<Migration>& known) {
  std::vector<Migration> steps;
  std::copy_if(known.begin(), known.end(), std::back_inserter(steps),
               [](const Migration& m) { return m.dialect == "postgresql"; });
  std::sort(steps.begin(), steps.end(),
            [](const Migration& a, const Migration& b) { return a.number < b.number; });
  return steps;
}

void refuse_newer_database(PgConnection& connection, const std::vector<Migration>& steps) {
  const Rows newest = connection.query(newest_applied);
  if (newest.empty()) return;
  const std::int64_t applied = newest.front().integer(0);
  const int known = steps.empty() ? 0 : steps.back().number;
  if (applied > known) {
    throw StoreError(StoreError::Kind::failure,
                     "this database was set up by a newer version of Motus (it has schema step " +
                         std::to_string(applied) + ", " + newest.front().text(1) +
                         ", and this program knows steps up to " + std::to_string(known) +
                         "); please run a newer Motus with it");
  }
}

bool apply_one(PgConnection& connection, const Migration& step) {
  if (!connection.query(is_applied, {std::int64_t{step.number}}).empty()) return false;
  connection.execute_script("BEGIN");
  try {
    try {
      connection.execute_script(step.sql);
    } catch (const StoreError& error) {
      throw StoreError(error.kind(),
                       "schema step " + std::string(step.name) + " failed: " + error.what());
    }
    connection.execute(record, {std::int64_t{step.number}, std::string(step.name)});
    connection.execute_script("COMMIT");
    return true;
  } catch (...) {
    if (connection.in_transaction()) connection.execute_script("ROLLBACK");
    throw;
  }
}

std::vector<int> apply_steps(PgConnection& connection, const std::vector<Migration>& known) {
  connection.execute_script(
      "CREATE TABLE IF NOT EXISTS schema_migrations ("
      " number integer PRIMARY KEY,"
      " name text NOT NULL,"
      " applied_at text NOT NULL)");
  const std::vector<Migration> steps = postgres_steps_in_order(known);
  refuse_newer_database(connection, steps);
  std::vector<int> applied;
  for (const Migration& step : steps) {
    if (apply_one(connection, step)) applied.push_back(step.number);
  }
  return applied;
}

}  // namespace

std::vector<int> apply_migrations(PgConnection& connection, const std::vector<Migration>& known) {
  // Session-level, so it spans every step's transaction. The caller closes this connection when
  // we return or throw, and the server releases the lock with it.
  connection.execute_script(kMigrationLock);
  return apply_steps(connection, known);
}

}  // namespace motus::store::postgres
