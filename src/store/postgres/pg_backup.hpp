#pragma once
#include <string>

namespace motus::store::postgres {

// Writes a consistent copy of the database at `url` to the file `destination` with
// `pg_dump --format=custom` (restore it with pg_restore). The dump is written beside the
// destination first and renamed into place, so a half-written copy never carries its name.
// Throws StoreError when pg_dump is missing or fails. A password in the URL reaches pg_dump
// through its environment, never its command line, which other local users can read.
void dump_database(const std::string& url, const std::string& destination);

}  // namespace motus::store::postgres
