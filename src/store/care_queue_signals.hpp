#pragma once
// Gathers what the queue ranks (core/care/queue.hpp) from the tables that hold it. Each
// source fills in its part of every member's signals (messages, sessions seen, and the member
// journey's care flags, sessions and check-ins); a new kind of signal adds one source to the
// list in care_queue_signals.cpp.
#include <optional>
#include <string>
#include <vector>

#include "core/care/queue.hpp"
#include "store/db.hpp"

namespace motus::store {

// The members of one therapist's caseload, or every member when `therapist_id` is empty.
std::vector<core::care::MemberSignals> gather_queue_signals(Connection& connection,
                                                            const std::string& therapist_id);

}  // namespace motus::store
