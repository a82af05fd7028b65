// Cut-offs, booking limits, missed visits, reminders and the therapist's countdown.
#include "core/calendar/appointment_rules.hpp"

#include <gtest/gtest.h>

namespace motus::core {
namespace {

constexpr std::int64_t kStart = 1'780'045'200'000;  // on the 15-minute grid
constexpr std::int64_t kEnd = kStart + 30 * kMinuteMs;

TEST(ChangeRefusal, MembersChangeUntilADayBeforeTherapistsUntilTheStart) {
  EXPECT_EQ(change_refusal("booked", kStart, kStart - 25 * kHourMs, false), ChangeRefusal::none);
  EXPECT_EQ(change_refusal("booked", kStart, kStart - 24 * kHourMs, false), ChangeRefusal::none);
  EXPECT_EQ(change_refusal("booked", kStart, kStart - 24 * kHourMs + 1, false),
            ChangeRefusal::past_cutoff);
  EXPECT_EQ(change_refusal("booked", kStart, kStart - 1, true), ChangeRefusal::none);
  EXPECT_EQ(change_refusal("booked", kStart, kStart, true), ChangeRefusal::started);
  EXPECT_EQ(change_refusal("booked", kStart, kStart + 1, false), ChangeRefusal::started);
  EXPECT_EQ(change_refusal("cancelled", kStart, 0, true), ChangeRefusal::not_booked);
  EXPECT_EQ(change_refusal("completed", kStart, 0, false), ChangeRefusal::not_booked);
}

TEST(BookingRefusal, LengthGridLeadAndHorizon) {
  const auto now = kStart - 3 * kHourMs;
  EXPECT_EQ(booking_refusal({kStart, kEnd}, now, false), BookingRefusal::none);
  EXPECT_EQ(booking_refusal({kStart, kStart + 45 * kMinuteMs}, now, false), BookingRefusal::none);
  EXPECT_EQ(booking_refusal({kStart, kStart + 60 * kMinuteMs}, now, false),
            BookingRefusal::bad_length);
  EXPECT_EQ(booking_refusal({kStart + kMinuteMs, kEnd + kMinuteMs}, now, false),
            BookingRefusal::off_grid);
  EXPECT_EQ(booking_refusal({kStart, kEnd}, kStart - kHourMs, false), BookingRefusal::too_soon);
  EXPECT_EQ(booking_refusal({kStart, kEnd}, kStart - kHourMs, true), BookingRefusal::none)
      << "a therapist may book later on";
  EXPECT_EQ(booking_refusal({kStart, kEnd}, kStart + 1, true), BookingRefusal::too_soon);
  EXPECT_EQ(booking_refusal({kStart, kEnd}, kStart - kBookingHorizonMs - 1, false),
            BookingRefusal::too_far);
}

TEST(ShownStatus, BookedVisitIsMissedOnceItsGraceHasPassed) {
  EXPECT_EQ(shown_status("booked", kEnd, kEnd + kVisitGraceMs - 1), "booked");
  EXPECT_EQ(shown_status("booked", kEnd, kEnd + kVisitGraceMs), "missed");
  EXPECT_EQ(shown_status("completed", kEnd, kEnd + kHourMs), "completed");
  EXPECT_EQ(shown_status("cancelled", kEnd, kEnd + kHourMs), "cancelled");
}

TEST(JoinOpen, TenMinutesBeforeUntilTheGraceEnds) {
  EXPECT_FALSE(join_open("booked", kStart, kEnd, kStart - 10 * kMinuteMs - 1));
  EXPECT_TRUE(join_open("booked", kStart, kEnd, kStart - 10 * kMinuteMs));
  EXPECT_TRUE(join_open("booked", kStart, kEnd, kEnd + kVisitGraceMs - 1));
  EXPECT_FALSE(join_open("booked", kStart, kEnd, kEnd + kVisitGraceMs));
  EXPECT_FALSE(join_open("cancelled", kStart, kEnd, kStart));
}

TEST(MemberReminder, DayBeforeTenMinutesBeforeAndDuring) {
  EXPECT_EQ(member_reminder("booked", kStart, kEnd, kStart - 25 * kHourMs), Reminder::none);
  EXPECT_EQ(member_reminder("booked", kStart, kEnd, kStart - 24 * kHourMs), Reminder::day_before);
  EXPECT_EQ(member_reminder("booked", kStart, kEnd, kStart - 11 * kMinuteMs), Reminder::day_before);
  EXPECT_EQ(member_reminder("booked", kStart, kEnd, kStart - 10 * kMinuteMs),
            Reminder::starting_soon);
  EXPECT_EQ(member_reminder("booked", kStart, kEnd, kStart), Reminder::in_progress);
  EXPECT_EQ(member_reminder("booked", kStart, kEnd, kEnd), Reminder::none);
  EXPECT_EQ(member_reminder("cancelled", kStart, kEnd, kStart - kHourMs), Reminder::none);
  EXPECT_EQ(reminder_name(Reminder::starting_soon), "starting_soon");
  EXPECT_EQ(reminder_name(Reminder::none), "");
}

TEST(VisitCountdown, HoursThenMinutesThenNow) {
  EXPECT_EQ(visit_countdown("booked", kStart, kEnd, kStart - 2 * kHourMs - 10 * kMinuteMs),
            "visit in 2 h");
  EXPECT_EQ(visit_countdown("booked", kStart, kEnd, kStart - 25 * kMinuteMs), "visit in 25 min");
  EXPECT_EQ(visit_countdown("booked", kStart, kEnd, kStart - 30 * 1000), "visit in 1 min");
  EXPECT_EQ(visit_countdown("booked", kStart, kEnd, kStart + kMinuteMs), "visit now");
  EXPECT_EQ(visit_countdown("booked", kStart, kEnd, kStart - 25 * kHourMs), "");
  EXPECT_EQ(visit_countdown("booked", kStart, kEnd, kEnd), "");
  EXPECT_EQ(visit_countdown("cancelled", kStart, kEnd, kStart - kHourMs), "");
}

}  // namespace
}  // namespace motus::core
