#include "core/visits/visit_admission.hpp"

namespace motus::core::visits {

namespace {

// "12 minutes" / "1 minute" ("12 minutos" / "1 minuto"): the wait rounded up to whole minutes.
std::string minutes_text(std::int64_t ms, Language language) {
  const auto minutes = (ms + 59'999) / 60'000;
  return std::to_string(minutes) + std::string(minutes == 1
                                                   ? said_in(language, " minute", " minuto")
                                                   : said_in(language, " minutes", " minutos"));
}

Admission refused(Verdict verdict, std::string detail, std::string detail_es) {
  return Admission{verdict, Participant::member, std::move(detail), std::move(detail_es)};
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
  if (!participant) {
    return refused(Verdict::not_a_participant, "This visit is not one of yours.",
                   "Esta visita no es tuya.");
  }
  if (slot.status == "cancelled") {
    return refused(Verdict::cancelled, "This visit was cancelled.", "Esta visita se canceló.");
  }
  // A visit that has taken place is "completed" from its start; its people may come back (a
  // re-join after a network drop) until the room closes.
  if (slot.status != "booked" && slot.status != "completed") {
    return refused(Verdict::not_booked, "This visit is over (it is marked " + slot.status + ").",
                   "Esta visita ya terminó (está marcada como " + slot.status + ").");
  }
  if (now_ms < room_opens_at(slot)) {
    const auto wait = room_opens_at(slot) - now_ms;
    return refused(Verdict::too_early,
                   "The visit room opens 10 minutes before the start, in " +
                       minutes_text(wait, Language::en) + ".",
                   "La sala de la visita abre 10 minutos antes de la hora, dentro de " +
                       minutes_text(wait, Language::es) + ".");
  }
  if (now_ms >= room_closes_at(slot, grace_ms)) {
    return refused(Verdict::too_late, "The time for this visit has passed.",
                   "La hora de esta visita ya pasó.");
  }
  return Admission{Verdict::admitted, *participant, {}, {}};
}

}  // namespace motus::core::visits
