#pragma once
#include <vector>

#include "store/migration.hpp"
#include "store/postgres/pg_connection.hpp"

namespace motus::store::postgres {

// store/migration_runner.hpp in the PostgreSQL dialect: applies, each in its own transaction,
// every "postgresql" migration in `known` that the database's schema_migrations table does not
// list yet, and returns their numbers in order. Refuses a database whose newest applied
// migration is newer than anything in `known`. Holds an advisory lock throughout, so two
// servers starting together apply each step once, one after the other. The lock
// is held until `connection` closes: give it a connection of its own.
std::vector<int> apply_migrations(PgConnection& connection, const std::vector<Migration>& known);

}  // namespace motus::store::postgres
