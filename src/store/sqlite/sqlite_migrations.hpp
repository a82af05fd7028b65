#pragma once
#include <vector>

#include "store/migration.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace motus::store::sqlite {

// store/migration_runner.hpp in the SQLite dialect: applies, each in its own transaction, every
// "sqlite" migration in `known` that the database's schema_migrations table does not list yet,
// and returns their numbers in order. Refuses a database whose newest applied migration is
// newer than anything in `known`.
std::vector<int> apply_migrations(SqliteConnection& connection,
                                  const std::vector<Migration>& known);

}  // namespace motus::store::sqlite
