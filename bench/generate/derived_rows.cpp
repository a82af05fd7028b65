#include "derived_rows.hpp"

#include <stdexcept>

#include "store/migration.hpp"

namespace motus::bench {
namespace {

constexpr int kQueueSignalsMigration = 16;
constexpr std::string_view kBackfillMarker =
    "-- Every member and therapist already there, from the tables as they stand.";

constexpr store::Statement kSqliteTriggers{
    "generate_derived_triggers_sqlite",
    "SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'trigger' AND "
    "(name LIKE 'queue\\_signals\\_%' ESCAPE '\\' OR name LIKE 'caseloads\\_%' ESCAPE '\\') "
    "ORDER BY name"};
constexpr store::Statement kPostgresTriggers{
    "generate_derived_triggers_postgresql",
    "SELECT c.relname, t.tgname, '' FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
    "WHERE NOT t.tgisinternal AND (t.tgname LIKE 'queue\\_signals\\_%' OR t.tgname LIKE "
    "'caseloads\\_%') ORDER BY t.tgname"};

std::string quoted(const std::string& name) { return "\"" + name + "\""; }

}  // namespace

std::string queue_signals_backfill(std::string_view dialect) {
  for (const auto& migration : store::embedded_migrations()) {
    if (migration.dialect != dialect || migration.number != kQueueSignalsMigration) continue;
    const auto at = migration.sql.find(kBackfillMarker);
    if (at == std::string_view::npos) break;
    return std::string(migration.sql.substr(at));
  }
  throw std::logic_error("migration 0016 (" + std::string(dialect) +
                         ") no longer has its backfill marker: bench/generate/derived_rows.cpp");
}

DerivedRowsDeferred::DerivedRowsDeferred(store::Db& db) : db_(db) {
  const bool sqlite = db_.dialect() == "sqlite";
  db_.write_and_wait([&](store::Connection& c) {
    for (const auto& row : c.query(sqlite ? kSqliteTriggers : kPostgresTriggers)) {
      triggers_.push_back({row.text(0), row.text(1), row.text(2)});
    }
    for (const auto& trigger : triggers_) {
      c.execute_script(sqlite ? "DROP TRIGGER " + quoted(trigger.name)
                              : "ALTER TABLE " + quoted(trigger.table) + " DISABLE TRIGGER " +
                                    quoted(trigger.name));
    }
  });
  if (triggers_.empty()) {
    throw std::logic_error(
        "no queue-signal or caseload triggers found: is migration 0016 applied?");
  }
}

void DerivedRowsDeferred::derive() {
  const bool sqlite = db_.dialect() == "sqlite";
  const std::string backfill = queue_signals_backfill(db_.dialect());
  db_.write_and_wait([&](store::Connection& c) {
    c.execute_script(backfill);
    for (const auto& trigger : triggers_) {
      c.execute_script(sqlite ? trigger.sql
                              : "ALTER TABLE " + quoted(trigger.table) + " ENABLE TRIGGER " +
                                    quoted(trigger.name));
    }
  });
}

}  // namespace motus::bench
