#pragma once
// A member's check-ins: pain 0–10 (NPRS), whether it is a flare, and their own notes.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/db.hpp"

namespace motus::store {

struct Checkin {
  std::string id;
  std::string member_id;
  std::int64_t at = 0;
  std::int64_t pain = 0;
  bool flare = false;
  std::optional<std::string> notes;
};

void insert_checkin(Connection& connection, const Checkin& checkin);
// Oldest first.
std::vector<Checkin> checkins(Connection& connection, const std::string& member_id);
// The newest `limit`, newest first.
std::vector<Checkin> recent_checkins(Connection& connection, const std::string& member_id,
                                     std::int64_t limit);

}  // namespace motus::store
