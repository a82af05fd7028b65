#pragma once
// Turns SQLite result codes into StoreError. Messages name the statement and SQLite's reason,
// never the bound values: those may be a member's health data and messages end up in logs.
#include <sqlite3.h>

#include <string_view>

#include "store/db.hpp"

namespace motus::store::sqlite {

StoreError::Kind kind_of(int result_code);

// Throws a StoreError for `result_code` saying what was being done and SQLite's own reason.
[[noreturn]] void throw_sqlite_error(sqlite3* handle, int result_code, std::string_view doing);

}  // namespace motus::store::sqlite
