#pragma once
// Who may enter a video visit's room, and when. Only the appointment's member and therapist,
// only while the appointment is booked (or completed: the visit has begun and someone re-joins),
// and only from kRoomOpensBeforeMs before its start to
// its end plus a grace period (a visit that runs a little long, or a re-join after a network
// drop near the end). Everything else is refused with the reason in plain words.
#include <cstdint>
#include <optional>
#include <string>

#include "core/content/language.hpp"

namespace motus::core::visits {

inline constexpr std::int64_t kRoomOpensBeforeMs = 10 * 60 * 1000;
inline constexpr std::int64_t kDefaultGraceMs = 15 * 60 * 1000;

// The facts of one appointment the decision needs (the store's appointments row).
struct VisitSlot {
  std::string member_id;
  std::string therapist_id;
  std::int64_t starts_at_ms = 0;
  std::int64_t ends_at_ms = 0;
  std::string status;  // booked | cancelled | missed | completed
};

enum class Participant { member, therapist };
std::string_view to_string(Participant participant);

enum class Verdict { admitted, not_a_participant, cancelled, not_booked, too_early, too_late };

struct Admission {
  Verdict verdict = Verdict::not_a_participant;
  Participant participant = Participant::member;  // meaningful when admitted
  std::string detail;                             // why not, in plain words; empty if admitted
  std::string detail_es;                          // the same in Spanish
};

// Whether `user_id` is the slot's member or its therapist; nullopt for anyone else.
std::optional<Participant> participant_of(const VisitSlot& slot, const std::string& user_id);

// The room's opening and closing instants for `slot` with `grace_ms` after its end.
std::int64_t room_opens_at(const VisitSlot& slot);
std::int64_t room_closes_at(const VisitSlot& slot, std::int64_t grace_ms);

Admission admit_to_visit(const VisitSlot& slot, const std::string& user_id, std::int64_t now_ms,
                         std::int64_t grace_ms = kDefaultGraceMs);

}  // namespace motus::core::visits
