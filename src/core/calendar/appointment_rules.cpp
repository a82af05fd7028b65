#include "core/calendar/appointment_rules.hpp"

#include "core/calendar/booking_cells.hpp"

namespace motus::core {

ChangeRefusal change_refusal(std::string_view status, std::int64_t starts_at, std::int64_t now,
                             bool by_therapist) {
  if (status != "booked") return ChangeRefusal::not_booked;
  if (now >= starts_at) return ChangeRefusal::started;
  if (!by_therapist && now > starts_at - kMemberChangeCutoffMs) return ChangeRefusal::past_cutoff;
  return ChangeRefusal::none;
}

BookingRefusal booking_refusal(const TimeRange& slot, std::int64_t now, bool by_therapist) {
  const auto length = slot.ends_at - slot.starts_at;
  if (length != 15 * kMinuteMs && length != 30 * kMinuteMs && length != 45 * kMinuteMs) {
    return BookingRefusal::bad_length;
  }
  if (!on_cell_boundaries(slot.starts_at, slot.ends_at)) return BookingRefusal::off_grid;
  if (slot.starts_at < now + (by_therapist ? 0 : kBookingLeadMs)) return BookingRefusal::too_soon;
  if (slot.starts_at > now + kBookingHorizonMs) return BookingRefusal::too_far;
  return BookingRefusal::none;
}

std::string shown_status(std::string_view status, std::int64_t ends_at, std::int64_t now) {
  if (status == "booked" && now >= ends_at + kVisitGraceMs) return "missed";
  return std::string(status);
}

bool join_open(std::string_view status, std::int64_t starts_at, std::int64_t ends_at,
               std::int64_t now) {
  return status == "booked" && now >= starts_at - kJoinOpensBeforeMs &&
         now < ends_at + kVisitGraceMs;
}

Reminder member_reminder(std::string_view status, std::int64_t starts_at, std::int64_t ends_at,
                         std::int64_t now) {
  if (status != "booked" || now >= ends_at) return Reminder::none;
  if (now >= starts_at) return Reminder::in_progress;
  if (now >= starts_at - kJoinOpensBeforeMs) return Reminder::starting_soon;
  if (now >= starts_at - 24 * kHourMs) return Reminder::day_before;
  return Reminder::none;
}

std::string_view reminder_name(Reminder reminder) {
  switch (reminder) {
    case Reminder::day_before:
      return "day_before";
    case Reminder::starting_soon:
      return "starting_soon";
    case Reminder::in_progress:
      return "in_progress";
    case Reminder::none:
      break;
  }
  return "";
}

std::string visit_countdown(std::string_view status, std::int64_t starts_at, std::int64_t ends_at,
                            std::int64_t now) {
  if (status != "booked" || now >= ends_at || starts_at - now > 24 * kHourMs) return "";
  if (now >= starts_at) return "visit now";
  const auto minutes = (starts_at - now + kMinuteMs - 1) / kMinuteMs;  // rounded up
  if (minutes < 60) return "visit in " + std::to_string(minutes) + " min";
  return "visit in " + std::to_string(minutes / 60) + " h";
}

}  // namespace motus::core
