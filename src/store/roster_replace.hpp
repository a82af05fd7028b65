#pragma once
// Replacing an organization's roster with a new upload. Accounts are never touched: a person
// dropped from the roster keeps their account; only the list of who may join changes.
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "core/roster/roster.hpp"
#include "core/roster/roster_changes.hpp"
#include "store/db.hpp"

namespace motus::store {

// Runs inside the caller's write transaction, so a failure leaves the old roster whole.
// `progress` (optional) hears how many rows are stored so far, every `progress_every` rows.
core::RosterChanges replace_roster(Connection& connection, const std::string& organization_id,
                                   const std::vector<core::RosterEntry>& entries,
                                   const std::function<void(std::size_t)>& progress = {},
                                   std::size_t progress_every = 10000);

}  // namespace motus::store
