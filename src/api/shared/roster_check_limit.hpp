#pragma once
// One limit on roster lookups from an address, shared by POST /eligibility/check and POST
// /auth/signup. Both tell whether a name and birthday are on a sponsor's roster, so someone
// guessing gets the same few tries whichever of the two they use: one counter per address,
// kept in the database so every server behind a proxy counts together.
#include <cstdint>

#include "core/roster/eligibility_limit.hpp"
#include "http/message.hpp"
#include "store/db.hpp"

namespace motus::api {

// Counts one roster lookup from the request's address inside the caller's write transaction,
// unless the limit is reached; answers the decision either way.
core::CheckDecision count_roster_check(store::Connection& connection, const http::Request& request,
                                       std::int64_t now_ms);

// 429 with Retry-After (seconds until the address's window ends) and plain words.
http::Response too_many_roster_checks(const http::Request& request,
                                      const core::CheckDecision& decision);

}  // namespace motus::api
