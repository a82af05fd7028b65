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
  std::string resolved_by;       // who marked it handled; empty while open
  std::string resolution_note;   // what they did, in their words
  std::string resolved_by_name;  // "Robin Hale"; empty when open or the account is gone
};

enum class FlagHandling { handled, not_found, already_handled };

void insert_care_flag(Connection& connection, const CareFlag& flag);
// Newest first.
std::vector<CareFlag> care_flags(Connection& connection, const std::string& member_id);
// Marks the member's open flag handled by `therapist_id` with `note`. The row stays (the record
// keeps the history) and the queue, which reads open flags only, drops it; a new warning sign
// inserts a new flag.
FlagHandling handle_care_flag(Connection& connection, const std::string& flag_id,
                              const std::string& member_id, const std::string& therapist_id,
                              const std::string& note, std::int64_t now_ms);

}  // namespace motus::store
