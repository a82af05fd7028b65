#pragma once
// Care flags: a member the care team must look at now, raised when an intake or a session's
// flare check screens as emergency or urgent. The therapist queue reads the open ones.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/db.hpp"

namespace motus::store {

struct CareFlag {
  std::string id;
  std::string member_id;
  std::string kind;          // emergency | urgent
  std::string source;        // intake | session
  std::string reason_codes;  // JSON array of triage reason codes
  std::int64_t created_at = 0;
  std::optional<std::int64_t> resolved_at;
};

void insert_care_flag(Connection& connection, const CareFlag& flag);
// Newest first.
std::vector<CareFlag> care_flags(Connection& connection, const std::string& member_id);

}  // namespace motus::store
