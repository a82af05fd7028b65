#pragma once
// Migration 0016's triggers keep two kinds of derived rows (each member's queue signals, each
// therapist's caseload count) in step with every write. Generating a million members through
// them costs a trigger run, with its reads, for each of ~37 million rows. The generator instead
// loads with those triggers off and then derives every row once, with the migration's own
// backfill (the statements after kBackfillMarker in 0016), before turning the triggers back on:
// the same rows the triggers would have kept, as tests/unit/store/queue_signals_test.cpp
// checks for the backfill.
#include <string>
#include <vector>

#include "store/db.hpp"

namespace motus::bench {

class DerivedRowsDeferred {
 public:
  // Turns 0016's triggers off: SQLite drops them (keeping their text), PostgreSQL disables them.
  explicit DerivedRowsDeferred(store::Db& db);
  // Runs 0016's backfill over everything loaded, then turns the triggers back on.
  void derive();

 private:
  struct Trigger {
    std::string table;  // PostgreSQL: the table it is on
    std::string name;
    std::string sql;  // SQLite: its CREATE TRIGGER text
  };
  store::Db& db_;
  std::vector<Trigger> triggers_;
};

// The statements of migration 0016 (this database's dialect) that fill the derived rows from the
// tables as they stand; throws std::logic_error when the marker is gone from the migration.
std::string queue_signals_backfill(std::string_view dialect);

}  // namespace motus::bench
