#pragma once
// Applies schema steps the same way on both back ends: a schema_migrations table lists the steps
// applied, each new step runs in its own transaction together with its bookkeeping row, and a
// database already migrated further than this program knows is refused. A back end supplies
// only its connection, its lock and the few statements that differ between dialects.
#include <string_view>
#include <vector>

#include "store/db.hpp"
#include "store/migration.hpp"

namespace motus::store {

class MigrationDialect {
 public:
  virtual ~MigrationDialect() = default;
  // Which steps apply: those whose Migration::dialect is this.
  virtual std::string_view name() const = 0;
  virtual Connection& connection() = 0;
  virtual bool in_transaction() const = 0;
  // Run once before anything else, so two programs starting together take turns; empty when
  // each step's own transaction already excludes the other program (SQLite's write lock).
  virtual std::string_view lock() const = 0;
  // CREATE TABLE IF NOT EXISTS schema_migrations (number, name, applied_at) in this dialect.
  virtual std::string_view create_bookkeeping() const = 0;
  // Opens one step's transaction.
  virtual std::string_view begin_step() const = 0;
  // INSERT INTO schema_migrations with $1 number, $2 name and the time now as
  // YYYY-MM-DDTHH:MM:SS.mmmZ.
  virtual const Statement& record() const = 0;
};

// Applies, each in its own transaction, every step of the dialect in `known` that
// schema_migrations does not list yet, in number order, and returns their numbers. Throws
// StoreError for a database whose newest applied step is newer than anything in `known`, and
// for a failing step (naming it; nothing of that step is kept).
std::vector<int> apply_migrations(MigrationDialect& dialect, const std::vector<Migration>& known);

}  // namespace motus::store
