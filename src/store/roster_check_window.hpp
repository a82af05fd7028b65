#pragma once
// Where roster checks (an eligibility check or a sign-up) are counted per address, so every
// server behind a proxy applies the same limit.
#include <cstdint>
#include <string>

#include "core/roster/eligibility_limit.hpp"
#include "store/db.hpp"

namespace motus::store {

// Counts one roster check from `address` inside the caller's write transaction, unless the limit
// is reached; answers the decision either way.
core::CheckDecision count_eligibility_check(Connection& connection, const std::string& address,
                                            std::int64_t now_ms,
                                            const core::EligibilityLimit& limit);

}  // namespace motus::store
