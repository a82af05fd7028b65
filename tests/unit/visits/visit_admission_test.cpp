#include "core/visits/visit_admission.hpp"

#include <gtest/gtest.h>

namespace motus::core::visits {
namespace {

constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kStart = 1'800'000'000'000;

VisitSlot slot(std::string status = "booked") {
  return {"member-1", "therapist-1", kStart, kStart + 30 * kMinute, std::move(status)};
}

TEST(VisitAdmission, TheMemberAndTheTherapistEnterAsThemselves) {
  const auto member = admit_to_visit(slot(), "member-1", kStart);
  EXPECT_EQ(member.verdict, Verdict::admitted);
  EXPECT_EQ(member.participant, Participant::member);
  EXPECT_TRUE(member.detail.empty());
  const auto therapist = admit_to_visit(slot(), "therapist-1", kStart);
  EXPECT_EQ(therapist.verdict, Verdict::admitted);
  EXPECT_EQ(therapist.participant, Participant::therapist);
}

TEST(VisitAdmission, AThirdPersonIsRefusedWhateverTheTime) {
  for (const std::string who : {"member-2", "therapist-2", ""}) {
    const auto admission = admit_to_visit(slot(), who, kStart + kMinute);
    EXPECT_EQ(admission.verdict, Verdict::not_a_participant) << who;
    EXPECT_EQ(admission.detail, "This visit is not one of yours.");
  }
  // An empty id never matches an appointment whose ids are empty either.
  VisitSlot empty = slot();
  empty.member_id.clear();
  EXPECT_EQ(admit_to_visit(empty, "", kStart).verdict, Verdict::not_a_participant);
}

TEST(VisitAdmission, TheRoomOpensTenMinutesBeforeTheStart) {
  const auto early = admit_to_visit(slot(), "member-1", kStart - 10 * kMinute - 1);
  EXPECT_EQ(early.verdict, Verdict::too_early);
  EXPECT_EQ(early.detail, "The visit room opens 10 minutes before the start, in 1 minute.");
  EXPECT_EQ(admit_to_visit(slot(), "member-1", kStart - 10 * kMinute).verdict, Verdict::admitted);
  const auto hour = admit_to_visit(slot(), "therapist-1", kStart - 70 * kMinute);
  EXPECT_EQ(hour.detail, "The visit room opens 10 minutes before the start, in 60 minutes.");
}

TEST(VisitAdmission, TheRoomClosesAtTheEndPlusTheGrace) {
  const auto end = kStart + 30 * kMinute;
  EXPECT_EQ(admit_to_visit(slot(), "member-1", end + kDefaultGraceMs - 1).verdict,
            Verdict::admitted);
  const auto late = admit_to_visit(slot(), "member-1", end + kDefaultGraceMs);
  EXPECT_EQ(late.verdict, Verdict::too_late);
  EXPECT_EQ(late.detail, "The time for this visit has passed.");
  EXPECT_EQ(admit_to_visit(slot(), "member-1", end, 0).verdict, Verdict::too_late);
  EXPECT_EQ(room_closes_at(slot(), 5 * kMinute), end + 5 * kMinute);
  EXPECT_EQ(room_opens_at(slot()), kStart - 10 * kMinute);
}

TEST(VisitAdmission, ACancelledOrMissedAppointmentHasNoRoom) {
  const auto cancelled = admit_to_visit(slot("cancelled"), "member-1", kStart);
  EXPECT_EQ(cancelled.verdict, Verdict::cancelled);
  EXPECT_EQ(cancelled.detail, "This visit was cancelled.");
  const auto missed = admit_to_visit(slot("missed"), "therapist-1", kStart);
  EXPECT_EQ(missed.verdict, Verdict::not_booked);
  EXPECT_EQ(missed.detail, "This visit is over (it is marked missed).");
  // Completed from the moment both met: either may come back while the room is open.
  EXPECT_EQ(admit_to_visit(slot("completed"), "member-1", kStart + kMinute).verdict,
            Verdict::admitted);
  EXPECT_EQ(admit_to_visit(slot("completed"), "member-1", kStart + 50 * kMinute).verdict,
            Verdict::too_late);
  // Whose visit it is comes first: a stranger learns nothing about its state.
  EXPECT_EQ(admit_to_visit(slot("cancelled"), "member-2", kStart).verdict,
            Verdict::not_a_participant);
}

}  // namespace
}  // namespace motus::core::visits
