#pragma once
// Erasing a member (product capability 10, the right to erasure): every row of their data in
// every table goes, in the caller's one write transaction, so an erase is all or nothing. Only
// the audit log stays; without the users row its member_id is an opaque id that names no one.
#include <string>

#include "store/db.hpp"

namespace motus::store {

// Removes the member's journey, care-team records, care assignment, log-in sessions, login
// throttle and, last, the users row. `email` is the normalised address the throttle keys on.
void purge_member(Connection& connection, const std::string& member_id, const std::string& email);

}  // namespace motus::store
