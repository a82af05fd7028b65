#pragma once
// Video visits: when an appointment's member and therapist met in the visit room, for how long,
// and the therapist's note (migration 0012). The appointment itself is appointment_repository's.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/db.hpp"

namespace motus::store {

struct Visit {
  std::string id;
  std::string appointment_id;
  std::string member_id;
  std::string therapist_id;
  std::int64_t started_at = 0;
  std::optional<std::int64_t> ended_at;
  std::int64_t duration_seconds = 0;
  std::string note;
  std::optional<std::int64_t> note_written_at;
};

// Records that both people are in the room: a new row the first time, nothing after (a re-join
// keeps the first start). Returns true when this call started the visit.
bool start_visit(Connection& connection, const Visit& visit);
// The visit's end moves to `ended_at` (and its duration with it); a visit never ends before it
// started.
void end_visit(Connection& connection, const std::string& appointment_id, std::int64_t ended_at);
void write_visit_note(Connection& connection, const std::string& appointment_id,
                      const std::string& note, std::int64_t written_at);
std::optional<Visit> find_visit(Connection& connection, const std::string& appointment_id);
// A member's visits, newest first.
std::vector<Visit> visits_of(Connection& connection, const std::string& member_id);

}  // namespace motus::store
