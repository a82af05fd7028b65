#include "store/db_url.hpp"

#include <cstdlib>

namespace motus::store {

std::string default_db_url() {
  const char* configured = std::getenv("MOTUS_DB");
  return configured != nullptr && *configured != '\0' ? configured : "sqlite:motus.db";
}

}  // namespace motus::store
