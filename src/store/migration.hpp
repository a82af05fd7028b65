#pragma once
#include <string_view>
#include <vector>

namespace motus::store {

// One numbered schema step, embedded from src/store/migrations/<dialect>/NNNN_name.sql.
struct Migration {
  std::string_view dialect;  // "sqlite" | "postgresql"
  int number;
  std::string_view name;
  std::string_view sql;
};

// Every embedded migration, in file-name order per dialect (generated at build time).
const std::vector<Migration>& embedded_migrations();

}  // namespace motus::store
