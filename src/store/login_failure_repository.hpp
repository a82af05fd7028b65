#pragma once
// Failed-login counts per key ("account:<email>", "address:<ip>"), shared by every server.
#include <optional>
#include <string>

#include "core/access/login_throttle.hpp"
#include "store/db.hpp"

namespace motus::store {

std::optional<core::FailureCount> find_login_failures(Connection& connection, const std::string& key);
// Adds one failure under `limit`'s window (a finished window starts again).
void record_login_failure(Connection& connection, const std::string& key, const core::ThrottleLimit& limit,
                          std::int64_t now_ms);
void clear_login_failures(Connection& connection, const std::string& key);

}  // namespace motus::store
