#pragma once
#include <string>

namespace motus::store {

// The database the command-line tools use when no --db flag is given: $MOTUS_DB if set,
// otherwise sqlite:motus.db in the working directory.
std::string default_db_url();

}  // namespace motus::store
