#include "store/migration_runner.hpp"

#include <algorithm>
#include <iterator>
#include <string>

namespace motus::store {
namespace {

const Statement newest_applied{"newest_applied_migration",
                               "SELECT number, name FROM schema_migrations "
                               "ORDER BY number DESC LIMIT 1"};
const Statement is_applied{"migration_is_applied",
                           "SELECT 1 FROM schema_migrations WHERE number = $1"};

std::vector<Migration> steps_in_order(std::string_view dialect,
                                      const std::vector<Migration>& known) {
  std::vector<Migration> steps;
  std::copy_if(known.begin(), known.end(), std::back_inserter(steps),
               [dialect](const Migration& m) { return m.dialect == dialect; });
  std::sort(steps.begin(), steps.end(),
            [](const Migration& a, const Migration& b) { return a.number < b.number; });
  return steps;
}

void refuse_newer_database(Connection& connection, const std::vector<Migration>& steps) {
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

// Returns false when another program applied the step while we waited for its lock.
bool apply_one(MigrationDialect& dialect, const Migration& step) {
  Connection& connection = dialect.connection();
  connection.execute_script(dialect.begin_step());
  try {
    if (!connection.query(is_applied, {std::int64_t{step.number}}).empty()) {
      connection.execute_script("ROLLBACK");
      return false;
    }
    try {
      connection.execute_script(step.sql);
    } catch (const StoreError& error) {
      throw StoreError(error.kind(),
                       "schema step " + std::string(step.name) + " failed: " + error.what());
    }
    connection.execute(dialect.record(), {std::int64_t{step.number}, std::string(step.name)});
    connection.execute_script("COMMIT");
    return true;
  } catch (...) {
    if (dialect.in_transaction()) connection.execute_script("ROLLBACK");
    throw;
  }
}

}  // namespace

std::vector<int> apply_migrations(MigrationDialect& dialect, const std::vector<Migration>& known) {
  Connection& connection = dialect.connection();
  if (!dialect.lock().empty()) connection.execute_script(dialect.lock());
  connection.execute_script(dialect.create_bookkeeping());
  const std::vector<Migration> steps = steps_in_order(dialect.name(), known);
  refuse_newer_database(connection, steps);
  std::vector<int> applied;
  for (const Migration& step : steps) {
    if (apply_one(dialect, step)) applied.push_back(step.number);
  }
  return applied;
}

}  // namespace motus::store
