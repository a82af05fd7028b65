#pragma once
// Break-glass access: someone outside a member's care team (an admin, or a therapist the member
// is not assigned to) opened the member's record, giving a reason, for a limited time. The rows
// stay, so the member's therapist sees in the record who looked and why.
#include <cstdint>
#include <string>
#include <vector>

#include "store/db.hpp"

namespace motus::store {

inline constexpr std::int64_t kBreakGlassMs = 60 * 60 * 1000;  // one hour

struct BreakGlass {
  std::string id;
  std::string member_id;
  std::string actor_id;
  std::string actor_role;
  std::string actor_name;  // filled when read back
  std::string reason;
  std::int64_t opened_at = 0;
  std::int64_t expires_at = 0;
};

void insert_break_glass(Connection& connection, const BreakGlass& grant);
// True when `actor_id` holds a grant for `member_id` that has not expired at `now_ms`.
bool has_break_glass(Connection& connection, const std::string& member_id,
                     const std::string& actor_id, std::int64_t now_ms);
// The newest `limit` grants on the member's record, newest first, with who opened them.
std::vector<BreakGlass> break_glass_on(Connection& connection, const std::string& member_id,
                                       std::int64_t limit = 20);

}  // namespace motus::store
