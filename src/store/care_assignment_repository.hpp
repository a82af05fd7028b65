#pragma once
// Care-team assignment: each member has one therapist who watches over them.
#include <cstdint>
#include <optional>
#include <string>

#include "store/db.hpp"

namespace motus::store {

// Assigns the member to the therapist with the fewest assigned members (ties: the smallest
// id, so the choice is repeatable). A therapist whose account names an organization cares only
// for that organization's members (its pool); a member whose organization has such therapists
// gets the least loaded of them, any other member the least loaded of the therapists without an
// organization. Returns that therapist, or nullopt when there is none yet (the member then
// waits, unassigned, for an admin). One indexed read of therapist_caseloads (two for a member
// whose organization has no pool).
std::optional<std::string> assign_least_loaded_therapist(Connection& connection,
                                                         const std::string& member_id,
                                                         std::int64_t now_ms);
// Replaces any earlier assignment.
void assign_therapist(Connection& connection, const std::string& member_id,
                      const std::string& therapist_id, std::int64_t now_ms);
std::optional<std::string> therapist_of(Connection& connection, const std::string& member_id);

}  // namespace motus::store
