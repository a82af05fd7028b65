// The SQLite and PostgreSQL migrations are written twice, once per dialect, and must describe one
// schema: the same tables, the same columns with the same NOT NULL-ness and the same type once
// each dialect's type names are mapped to one vocabulary, and the same indexes (name, table,
// columns, uniqueness). A fresh database of each kind is migrated with the embedded migrations
// and read back from its own catalog. The few differences that exist by design are listed below
// with their reasons; anything else is drift, and a new migration must mend it.
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "store/db.hpp"
#include "store/migration.hpp"
#include "support/test_database.hpp"

namespace motus::store {
namespace {

// Tables each dialect builds its own way, so only their presence in both is compared. Search:
// SQLite's FTS5 virtual table against a plain table with a generated tsvector column on
// PostgreSQL; content_search_test checks the two rank alike.
const std::set<std::string> kTablesShapedByDialect = {"content_search", "content_search_es"};

// Columns only one dialect has. SQLite keeps a hidden rowid on every table; PostgreSQL needs it
// spelled out for the shared statement that sorts the levels by `at, rowid`.
const std::set<std::string> kColumnsOfOneDialect = {"member_program_levels.rowid"};

// Indexes only one dialect has. PostgreSQL's full-text search needs a GIN index over the tsvector
// column; FTS5 is an index by itself.
const std::set<std::string> kIndexesOfOneDialect = {"content_search_document",
                                                    "content_search_es_document"};

struct Column {
  std::string type;  // integer, text or real; another type keeps its dialect's own name
  bool not_null = false;
};

struct Index {
  std::string table;
  std::string columns;  // comma-separated, in key order
  bool unique = false;
};

struct Schema {
  std::map<std::string, std::map<std::string, Column>> tables;  // table → column → shape
  std::map<std::string, Index> indexes;
};

std::string shared_type_from_sqlite(const std::string& declared) {
  if (declared == "INTEGER" || declared == "INT") return "integer";
  if (declared == "TEXT") return "text";
  if (declared == "REAL") return "real";
  return "sqlite " + declared;
}

std::string shared_type_from_postgresql(const std::string& declared) {
  if (declared == "bigint" || declared == "integer" || declared == "smallint") return "integer";
  if (declared == "text") return "text";
  if (declared == "double precision") return "real";
  return "postgresql " + declared;
}

// Tables as SQLite lists them: ordinary and virtual ones, without SQLite's own (sqlite_*) and
// without the shadow tables FTS5 keeps behind a virtual table.
const Statement sqlite_tables{
    "parity_sqlite_tables",
    "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual') "
    "AND substr(name, 1, 7) <> 'sqlite_'"};
const Statement sqlite_columns{"parity_sqlite_columns",
                               "SELECT name, type, \"notnull\", pk FROM pragma_table_info($1)"};
// origin 'c': made by CREATE INDEX; the others ('pk', 'u') back a constraint, as PostgreSQL's
// *_pkey indexes do, and are left out on both sides.
const Statement sqlite_indexes{
    "parity_sqlite_indexes",
    "SELECT name, \"unique\" FROM pragma_index_list($1) WHERE origin = 'c'"};
const Statement sqlite_index_columns{
    "parity_sqlite_index_columns",
    "SELECT group_concat(name, ',') FROM (SELECT name FROM pragma_index_info($1) ORDER BY seqno)"};

Schema sqlite_schema(Db& db) {
  Schema schema;
  db.read([&](Connection& c) {
    for (const Row& table : c.query(sqlite_tables)) {
      auto& columns = schema.tables[table.text(0)];
      for (const Row& column : c.query(sqlite_columns, {table.text(0)})) {
        // A primary key column cannot hold NULL: STRICT tables enforce it (and an INTEGER
        // PRIMARY KEY is the rowid), though SQLite does not report it as NOT NULL.
        columns[column.text(0)] = {shared_type_from_sqlite(column.text(1)),
                                   column.integer(2) != 0 || column.integer(3) != 0};
      }
      for (const Row& index : c.query(sqlite_indexes, {table.text(0)})) {
        const Rows key = c.query(sqlite_index_columns, {index.text(0)});
        schema.indexes[index.text(0)] = {table.text(0), key.at(0).optional_text(0).value_or(""),
                                         index.integer(1) != 0};
      }
    }
  });
  return schema;
}

const Statement postgresql_columns{
    "parity_postgresql_columns",
    "SELECT t.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod), "
    "a.attnotnull FROM pg_attribute a JOIN pg_class t ON t.oid = a.attrelid "
    "JOIN pg_namespace n ON n.oid = t.relnamespace "
    "WHERE n.nspname = current_schema() AND t.relkind = 'r' AND a.attnum > 0 "
    "AND NOT a.attisdropped"};
// Indexes that back a constraint (primary keys) are left out, as SQLite's are.
const Statement postgresql_indexes{
    "parity_postgresql_indexes",
    "SELECT i.relname::text, t.relname::text, ("
    " SELECT string_agg(a.attname::text, ',' ORDER BY k.position)"
    " FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, position)"
    " JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum), x.indisunique "
    "FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
    "JOIN pg_namespace n ON n.oid = t.relnamespace "
    "WHERE n.nspname = current_schema() "
    "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)"};

Schema postgresql_schema(Db& db) {
  Schema schema;
  db.read([&](Connection& c) {
    for (const Row& column : c.query(postgresql_columns)) {
      schema.tables[column.text(0)][column.text(1)] = {shared_type_from_postgresql(column.text(2)),
                                                       column.integer(3) != 0};
    }
    for (const Row& index : c.query(postgresql_indexes)) {
      schema.indexes[index.text(0)] = {index.text(1), index.optional_text(2).value_or(""),
                                       index.integer(3) != 0};
    }
  });
  return schema;
}

std::string described(const Index& index) {
  return (index.unique ? "unique on " : "on ") + index.table + "(" + index.columns + ")";
}

// Every difference between the two schemas, one readable line each, apart from those by design.
std::vector<std::string> drift_between(const Schema& sqlite, const Schema& postgresql) {
  std::vector<std::string> drift;
  for (const auto& [table, columns] : sqlite.tables) {
    if (!postgresql.tables.contains(table)) drift.push_back("table " + table + ": only on SQLite");
  }
  for (const auto& [table, pg_columns] : postgresql.tables) {
    const auto found = sqlite.tables.find(table);
    if (found == sqlite.tables.end()) {
      drift.push_back("table " + table + ": only on PostgreSQL");
      continue;
    }
    if (kTablesShapedByDialect.contains(table)) continue;
    const auto& sqlite_columns = found->second;
    for (const auto& [name, column] : sqlite_columns) {
      const auto path = table + "." + name;
      if (!pg_columns.contains(name) && !kColumnsOfOneDialect.contains(path)) {
        drift.push_back("column " + path + ": only on SQLite");
      }
    }
    for (const auto& [name, pg] : pg_columns) {
      const auto path = table + "." + name;
      const auto other = sqlite_columns.find(name);
      if (other == sqlite_columns.end()) {
        if (!kColumnsOfOneDialect.contains(path)) {
          drift.push_back("column " + path + ": only on PostgreSQL");
        }
        continue;
      }
      const Column& lite = other->second;
      if (lite.type != pg.type) {
        drift.push_back("column " + path + ": " + lite.type + " on SQLite, " + pg.type +
                        " on PostgreSQL");
      }
      if (lite.not_null != pg.not_null) {
        drift.push_back("column " + path + ": NOT NULL on " +
                        (lite.not_null ? "SQLite" : "PostgreSQL") + " only");
      }
    }
  }
  for (const auto& [name, index] : sqlite.indexes) {
    if (!postgresql.indexes.contains(name) && !kIndexesOfOneDialect.contains(name)) {
      drift.push_back("index " + name + ": only on SQLite");
    }
  }
  for (const auto& [name, index] : postgresql.indexes) {
    const auto other = sqlite.indexes.find(name);
    if (other == sqlite.indexes.end()) {
      if (!kIndexesOfOneDialect.contains(name)) {
        drift.push_back("index " + name + ": only on PostgreSQL");
      }
    } else if (described(other->second) != described(index)) {
      drift.push_back("index " + name + ": " + described(other->second) + " on SQLite, " +
                      described(index) + " on PostgreSQL");
    }
  }
  return drift;
}

std::string lines(const std::vector<std::string>& drift) {
  std::string text;
  for (const auto& line : drift) text += "  " + line + "\n";
  return text;
}

class SchemaParity : public ::testing::Test {
 protected:
  void SetUp() override {
    try {
      sqlite_database.emplace(testing::Backend::sqlite);
      postgresql_database.emplace(testing::Backend::postgresql);
    } catch (const std::exception& error) {
      GTEST_FAIL() << error.what();
    }
  }

  // A fresh database of each kind, migrated with `options`' migrations.
  Schema migrated(const testing::TestDatabase& database, DbOptions options = {}) {
    auto db = open_db(database.url(), std::move(options));
    db->migrate();
    return database.backend() == testing::Backend::sqlite ? sqlite_schema(*db)
                                                          : postgresql_schema(*db);
  }

  std::optional<testing::TestDatabase> sqlite_database;
  std::optional<testing::TestDatabase> postgresql_database;
};

TEST_F(SchemaParity, BothDialectsMigrateToTheSameSchema) {
  const Schema sqlite = migrated(*sqlite_database);
  const Schema postgresql = migrated(*postgresql_database);
  // An empty catalog on either side would make the comparison pass without looking at anything.
  ASSERT_GT(sqlite.tables.size(), 10u);
  ASSERT_GT(sqlite.indexes.size(), 10u);
  EXPECT_TRUE(sqlite.tables.at("users").at("email").not_null);
  EXPECT_EQ(sqlite.tables.at("instrument_responses").at("score").type, "real");

  const auto drift = drift_between(sqlite, postgresql);
  EXPECT_TRUE(drift.empty()) << "the SQLite and PostgreSQL migrations have drifted apart; add a "
                                "new migration in the dialect that is behind:\n"
                             << lines(drift);
}

TEST_F(SchemaParity, EveryDifferenceByDesignStillExists) {
  const Schema sqlite = migrated(*sqlite_database);
  const Schema postgresql = migrated(*postgresql_database);
  for (const auto& table : kTablesShapedByDialect) {
    EXPECT_TRUE(sqlite.tables.contains(table)) << table;
    EXPECT_TRUE(postgresql.tables.contains(table)) << table;
  }
  EXPECT_TRUE(postgresql.tables.at("member_program_levels").contains("rowid"));
  EXPECT_FALSE(sqlite.tables.at("member_program_levels").contains("rowid"));
  EXPECT_TRUE(postgresql.indexes.contains("content_search_document"));
  EXPECT_FALSE(sqlite.indexes.contains("content_search_document"));
}

// A PostgreSQL-only step after the embedded ones stands in for a migration written for one
// dialect and forgotten in the other: each kind of drift must be named.
TEST_F(SchemaParity, DriftInOneDialectIsNamed) {
  std::vector<Migration> drifted;
  for (const auto& migration : embedded_migrations()) {
    if (migration.dialect == "postgresql") drifted.push_back(migration);
  }
  drifted.push_back({"postgresql", 9999, "9999_drift",
                     "ALTER TABLE users ADD COLUMN nickname text;"
                     "ALTER TABLE sessions ALTER COLUMN revoked_at SET NOT NULL;"
                     "ALTER TABLE login_failures ALTER COLUMN failures TYPE text;"
                     "CREATE INDEX users_nickname ON users(nickname);"
                     "DROP INDEX sessions_user;"
                     "CREATE INDEX sessions_user ON sessions(created_at);"});
  DbOptions options;
  options.migrations = drifted;

  const auto drift =
      drift_between(migrated(*sqlite_database), migrated(*postgresql_database, options));
  const std::vector<std::string> expected = {
      "column login_failures.failures: integer on SQLite, text on PostgreSQL",
      "column sessions.revoked_at: NOT NULL on PostgreSQL only",
      "column users.nickname: only on PostgreSQL",
      "index sessions_user: on sessions(user_id) on SQLite, on sessions(created_at) on PostgreSQL",
      "index users_nickname: only on PostgreSQL",
  };
  EXPECT_EQ(drift, expected) << lines(drift);
}

}  // namespace
}  // namespace motus::store
