#pragma once
// When an appointment may be booked, moved or cancelled, when it counts as missed, and which
// reminder it shows. Times are epoch ms (UTC); the caller passes the clock's now.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/calendar/slots.hpp"

namespace motus::core {

inline constexpr std::int64_t kMinuteMs = 60'000;
inline constexpr std::int64_t kHourMs = 60 * kMinuteMs;
// A member books at least this far ahead…
inline constexpr std::int64_t kBookingLeadMs = 2 * kHourMs;
// …and at most this far ahead.
inline constexpr std::int64_t kBookingHorizonMs = 60 * 24 * kHourMs;
// A member changes or cancels a booking no later than this before it starts; after that they
// message their therapist, who may still cancel until the visit starts.
inline constexpr std::int64_t kMemberChangeCutoffMs = 24 * kHourMs;
// The video visit opens this long before the start…
inline constexpr std::int64_t kJoinOpensBeforeMs = 10 * kMinuteMs;
// …and stays open this long after the end; a booked visit not held by then is missed.
inline constexpr std::int64_t kVisitGraceMs = 15 * kMinuteMs;
// The widest range one slots or appointments query may ask for.
inline constexpr std::int64_t kLongestQueryMs = 62 * 24 * kHourMs;

enum class ChangeRefusal { none, not_booked, past_cutoff, started };

// Whether a booked appointment starting at `starts_at` may still be moved or cancelled by a
// member (`by_therapist` false) or by their therapist.
ChangeRefusal change_refusal(std::string_view status, std::int64_t starts_at, std::int64_t now,
                             bool by_therapist);

// What a member booking may ask for: a slot length the therapist offers, on the 15-minute grid,
// far enough ahead and not too far.
enum class BookingRefusal { none, too_soon, too_far, bad_length, off_grid };
BookingRefusal booking_refusal(const TimeRange& slot, std::int64_t now, bool by_therapist);

// The status to show: a booked visit whose time and grace have passed is missed.
std::string shown_status(std::string_view status, std::int64_t ends_at, std::int64_t now);

// Whether the video visit may be joined now.
bool join_open(std::string_view status, std::int64_t starts_at, std::int64_t ends_at,
               std::int64_t now);

// The reminder a member sees in the app: the day before (within 24 hours), 10 minutes before,
// and while the visit is on.
enum class Reminder { none, day_before, starting_soon, in_progress };
Reminder member_reminder(std::string_view status, std::int64_t starts_at, std::int64_t ends_at,
                         std::int64_t now);
std::string_view reminder_name(
    Reminder reminder);  // "", "day_before", "starting_soon", "in_progress"

// The therapist's queue label: "visit now", "visit in 25 min", "visit in 2 h"; empty when the
// visit is more than a day away, over, or not booked.
std::string visit_countdown(std::string_view status, std::int64_t starts_at, std::int64_t ends_at,
                            std::int64_t now);

}  // namespace motus::core
