#pragma once
// Gathers what the queue ranks (core/care/queue.hpp) in one read: each member's account and their
// row of member_queue_signals, which triggers keep in step with every write to the tables behind
// it (sessions, messages, care flags, logged sessions and check-ins, video visits; see
// migrations/*/0016_queue_signals_and_caseloads.sql). A new kind of signal adds a column there,
// its triggers and backfill, and its reading in care_queue_signals.cpp.
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
