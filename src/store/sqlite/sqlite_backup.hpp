#pragma once
#include <string>

#include "store/sqlite/sqlite_connection.hpp"

namespace motus::store::sqlite {

// Copies the whole database behind `source` to the file `destination` with SQLite's online
// backup, in one step so the copy is a single consistent snapshot. It is written beside the
// destination first and renamed into place, so a half-written copy never carries its name.
void copy_database(SqliteConnection& source, const std::string& destination);

}  // namespace motus::store::sqlite
