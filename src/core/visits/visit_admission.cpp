#include "core/visits/visit_admission.hpp"

namespace motus::core::visits {

namespace {

// "in 12 minutes" / "1 minute": the wait rounded up to whole minutes.
std::string minutes_text(std::int64_t ms) {
  const auto minutes = (ms + 59'999) / 60'000;
  return std::to_string(minutes) + (minutes == 1 ? " minute" : " minutes");
}

Admission refused(Verdict verdict, std::string detail) {
  return Admission{verdict, Participant::member, std::move(detail)};
}

}  // namespace

std::string_view to_string(Participant participant) {
  return participant == Participant::member ? "member" : "therapist";
}

std::optional<Participant> participant_of(const VisitSlot& slot, const std::string& user_id) {
  if (user_id.empty()) return std::nullopt;
  if (user_id == slot.member_id) return Participant::member;
  if (user_id == slot.therapist_id) return Participant::therapist;
  return std::nullopt;
}

std::int64_t room_opens_at(const VisitSlot& slot) { return slot.starts_at_ms - kRoomOpensBeforeMs; }

std::int64_t room_closes_at(const VisitSlot& slot, std::int64_t grace_ms) {
  return slot.ends_at_ms + grace_ms;
}

Admission admit_to_visit(const VisitSlot& slot, const std::string& user_id, std::int64_t now_ms,
                         std::int64_t grace_ms) {
  const auto participant = participant_of(slot, user_id);
  if (!participant) return refused(Verdict::not_a_participant, "This visit is not one of yours.");
  if (slot.status == "cancelled") {
    return refused(Verdict::cancelled, "This visit was cancelled.");
  }
  // A visit that has taken place is "completed" from its start; its people may come back (a
  // re-join after a network drop) until the room closes.
  if (slot.status != "booked" && slot.status != "completed") {
    return refused(Verdict::not_booked, "This visit is over (it is marked " + slot.status + ").");
  }
  if (now_ms < room_opens_at(slot)) {
    return refused(Verdict::too_early, "The visit room opens 10 minutes before the start, in " +
                                           minutes_text(room_opens_at(slot) - now_ms) + ".");
  }
  if (now_ms >= room_closes_at(slot, grace_ms)) {
    return refused(Verdict::too_late, "The time for this visit has passed.");
  }
  return Admission{Verdict::admitted, *participant, {}};
}

}  // namespace motus::core::visits
