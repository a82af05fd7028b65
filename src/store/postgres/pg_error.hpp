#pragma once
// Turns PostgreSQL failures into StoreError. Messages name the statement and the server's primary
// message, never its DETAIL (which quotes key values) nor a value that failed to parse: those
// may be a member's health data, and messages end up in logs.
#include <libpq-fe.h>

#include <string_view>

#include "store/db.hpp"

namespace motus::store::postgres {

// 23xxx (unique, foreign key, check, not null) is `constraint`; serialization failures,
// deadlocks, lock timeouts and cancelled statements are `busy`; anything else is `failure`.
StoreError::Kind kind_of(std::string_view sqlstate);

// Throws a StoreError for a failed `result` (which may be null when the connection broke).
[[noreturn]] void throw_pg_error(PGconn* connection, const PGresult* result,
                                 std::string_view doing);

}  // namespace motus::store::postgres
