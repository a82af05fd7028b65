// The therapist queue's ranking: who comes first, and that every reason is said in words.
#include "core/care/queue.hpp"

#include <gtest/gtest.h>

#include <map>

namespace motus::core::care {
namespace {

constexpr std::int64_t kDay = 24LL * 60 * 60 * 1000;
constexpr std::int64_t kNow = 100 * kDay;

MemberSignals member(const std::string& id) {
  MemberSignals signals;
  signals.member_id = id;
  signals.display_name = "Member " + id;
  signals.enrolled_at_ms = kNow - 2 * kDay;
  signals.last_activity_ms = kNow - kDay;
  return signals;
}

std::vector<std::string> order(const std::vector<QueueEntry>& entries) {
  std::vector<std::string> ids;
  for (const auto& entry : entries) ids.push_back(entry.member_id);
  return ids;
}

bool mentions(const QueueEntry& entry, const std::string& words) {
  for (const auto& reason : entry.reasons) {
    if (reason.find(words) != std::string::npos) return true;
  }
  return false;
}

TEST(CareQueue, EmergencyOutranksUrgentWhichOutranksEverySofterSignal) {
  auto calm = member("calm");
  auto soft = member("soft");
  soft.recent_pain = {2, 5, 9};
  soft.last_activity_ms = kNow - 30 * kDay;
  soft.unread_messages = 10;
  auto urgent = member("urgent");
  urgent.urgent_flags = 1;
  auto emergency = member("emergency");
  emergency.emergency_flags = 1;
  const auto ranked = rank_queue({calm, soft, urgent, emergency}, kNow);
  EXPECT_EQ(order(ranked), (std::vector<std::string>{"emergency", "urgent", "soft", "calm"}));
  EXPECT_TRUE(mentions(ranked[0], "emergency"));
  EXPECT_TRUE(ranked[3].reasons.empty());
  EXPECT_EQ(ranked[3].score, 0);
}

TEST(CareQueue, ThoughtsOfSelfHarmOutrankEveryWarningSignTogether) {
  auto emergency = member("emergency");
  emergency.emergency_flags = 3;
  emergency.urgent_flags = 3;
  emergency.severe_depression_flags = 1;
  emergency.recent_pain = {1, 9, 10};
  emergency.unread_messages = 5;
  auto self_harm = member("self_harm");
  self_harm.self_harm_flags = 1;
  const auto ranked = rank_queue({emergency, self_harm}, kNow);
  EXPECT_EQ(order(ranked), (std::vector<std::string>{"self_harm", "emergency"}));
  ASSERT_FALSE(ranked[0].reasons.empty());
  EXPECT_NE(ranked[0].reasons.front().find("thoughts of being better off dead"), std::string::npos)
      << ranked[0].reasons.front();
  EXPECT_TRUE(mentions(ranked[0], "call them today"));
}

TEST(CareQueue, SevereLowMoodComesAfterWarningSignsAndBeforeTheProgramsCues) {
  auto urgent = member("urgent");
  urgent.urgent_flags = 1;
  auto low_mood = member("low_mood");
  low_mood.severe_depression_flags = 1;
  auto soft = member("soft");
  soft.recent_pain = {0, 5, 10};
  soft.last_activity_ms = kNow - 30 * kDay;
  soft.unread_messages = 10;
  const auto ranked = rank_queue({soft, low_mood, urgent}, kNow);
  EXPECT_EQ(order(ranked), (std::vector<std::string>{"urgent", "low_mood", "soft"}));
  EXPECT_TRUE(mentions(ranked[1], "severe range"));
}

TEST(CareQueue, RisingPainCountsOnlyOverTheWindowAndAboveTheMinimumRise) {
  auto rising = member("rising");
  rising.recent_pain = {8, 3, 4, 6};  // the last three: 3 → 6
  auto falling = member("falling");
  falling.recent_pain = {3, 6, 4, 2};
  auto small = member("small");
  small.recent_pain = {4, 5};
  const auto ranked = rank_queue({falling, small, rising}, kNow);
  EXPECT_EQ(ranked[0].member_id, "rising");
  EXPECT_TRUE(mentions(ranked[0], "3 points"));
  EXPECT_TRUE(mentions(ranked[0], "now 6 of 10"));
  EXPECT_TRUE(ranked[1].reasons.empty());
  EXPECT_TRUE(ranked[2].reasons.empty());
}

TEST(CareQueue, InactivityUsesTheWeightsDaysAndSaysHowLong) {
  auto quiet = member("quiet");
  quiet.last_activity_ms = kNow - 9 * kDay;
  auto never = member("never");
  never.last_activity_ms.reset();
  never.enrolled_at_ms = kNow - 8 * kDay;
  const auto ranked = rank_queue({quiet, never}, kNow);
  ASSERT_EQ(ranked.size(), 2u);
  EXPECT_EQ(ranked[0].member_id, "quiet") << "same score: the one waiting longer first";
  EXPECT_TRUE(mentions(ranked[0], "No activity for 9 days"));
  EXPECT_TRUE(mentions(ranked[1], "Has not started yet"));

  QueueWeights patient;
  patient.inactive_after_days = 10;
  for (const auto& entry : rank_queue({quiet, never}, kNow, patient))
    EXPECT_TRUE(entry.reasons.empty());
}

TEST(CareQueue, UnreadMessagesAddUpToTheCap) {
  auto one = member("one");
  one.unread_messages = 1;
  auto three = member("three");
  three.unread_messages = 3;
  auto many = member("many");
  many.unread_messages = 12;
  const auto ranked = rank_queue({one, three, many}, kNow);
  const QueueWeights weights;
  EXPECT_EQ(ranked.back().member_id, "one");
  EXPECT_EQ(ranked.back().score, weights.unread_message);
  EXPECT_EQ(ranked[0].score, ranked[1].score) << "capped at three messages";
  EXPECT_TRUE(mentions(ranked.back(), "1 unread message from them"));
}

TEST(CareQueue, AVisitNoteToWriteComesAfterEveryMemberSignal) {
  auto visited = member("visited");
  visited.visits_without_note = 2;
  auto message = member("message");
  message.unread_messages = 1;
  const auto ranked = rank_queue({visited, message, member("calm")}, kNow);
  EXPECT_EQ(order(ranked), (std::vector<std::string>{"message", "visited", "calm"}));
  EXPECT_EQ(ranked[1].score, QueueWeights{}.visit_note) << "once, however many visits";
  EXPECT_TRUE(mentions(ranked[1], "2 video visits without a visit note yet."));
  visited.visits_without_note = 1;
  EXPECT_TRUE(mentions(rank_queue({visited}, kNow)[0], "1 video visit without a visit note yet."));
}

TEST(CareQueue, TiesFallBackToIdSoTheOrderIsStable) {
  const auto ranked = rank_queue({member("b"), member("c"), member("a")}, kNow);
  EXPECT_EQ(order(ranked), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_TRUE(rank_queue({}, kNow).empty());
}

TEST(CareQueue, EachMemberCarriesTheirPriorityBandWithItsLabel) {
  auto self_harm = member("self_harm");
  self_harm.self_harm_flags = 1;
  auto urgent = member("urgent");
  urgent.urgent_flags = 1;
  auto mood = member("mood");
  mood.severe_depression_flags = 1;
  // Every softer signal at once, with the reweighting a clinic might choose: still not safety.
  auto soft = member("soft");
  soft.recent_pain = {0, 5, 10};
  soft.last_activity_ms = kNow - 60 * kDay;
  soft.unread_messages = 50;
  QueueWeights heavy;
  heavy.rising_pain = 5000;
  auto calm = member("calm");
  const auto ranked = rank_queue({calm, soft, mood, urgent, self_harm}, kNow, heavy);
  std::map<std::string, Priority> band;
  for (const auto& entry : ranked) band[entry.member_id] = entry.priority;
  EXPECT_EQ(band["self_harm"], Priority::safety);
  EXPECT_EQ(band["urgent"], Priority::safety);
  EXPECT_EQ(band["mood"], Priority::safety);
  EXPECT_EQ(band["soft"], Priority::attention) << "softer signals never make a safety band";
  EXPECT_EQ(band["calm"], Priority::settled);
  EXPECT_EQ(priority_name(Priority::safety), "safety");
  EXPECT_EQ(priority_name(Priority::attention), "attention");
  EXPECT_EQ(priority_name(Priority::settled), "settled");
  EXPECT_EQ(priority_words(Priority::safety), "Safety first");
  EXPECT_EQ(priority_words(Priority::attention), "Needs attention");
  EXPECT_EQ(priority_words(Priority::settled), "Doing fine");
}

}  // namespace
}  // namespace motus::core::care
