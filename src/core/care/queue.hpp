#pragma once
// The therapist's queue: who needs help first, and why, in words. A pure ranking of the
// signals the store gathered for each member; the weights are data so a clinic can retune
// them without touching the rule.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace motus::core::care {

// What is known about one member right now. Pain readings are oldest first (sessions and
// check-ins together); a missing last activity means the member has done nothing yet.
struct MemberSignals {
  std::string member_id;
  std::string display_name;
  int self_harm_flags = 0;  // PHQ-9 question 9 answered above "not at all" (instruments/safety.hpp)
  int emergency_flags =
      0;  // warning signs the triage calls "emergency" (docs/clinical-sources.md §3)
  int urgent_flags = 0;             // warning signs the triage calls "urgent"
  int severe_depression_flags = 0;  // a PHQ-9 total in the severe band (20 or more)
  std::vector<int> recent_pain;
  std::optional<std::int64_t> last_activity_ms;
  std::int64_t enrolled_at_ms = 0;
  int unread_messages = 0;      // from the member, not yet read by the care team
  int visits_without_note = 0;  // video visits held (api/visits) whose note is not written yet
};

// Why the order is what it is: thoughts of being better off dead or of self-harm outrank
// everything, because a life may be at risk today and the risk rises with each step of the
// answer to PHQ-9 question 9 (Simon GE et al., Psychiatr Serv 2013); an emergency sign comes
// next (someone may need a hospital today); an urgent sign outranks any mix of softer signals;
// a PHQ-9 in the severe band (Kroenke et al., J Gen Intern Med 2001) needs a conversation about
// support within days, so it comes after the warning signs but before the program's own cues;
// rising pain comes next because it is the model's cue to regress or review the program
// (docs/clinical-sources.md §5); a silent member and an unanswered message matter but can wait a
// day.
struct QueueWeights {
  int self_harm = 100000;
  int emergency = 10000;
  int urgent = 1000;
  int severe_depression = 800;
  int rising_pain = 200;  // plus rising_pain_per_point for each point of rise
  int rising_pain_per_point = 20;
  int rising_pain_min_rise = 2;  // points between the first and last of the readings
  std::size_t pain_window = 3;   // how many of the latest readings to compare
  int inactive = 100;
  int inactive_after_days = 7;
  int unread_message = 60;  // per message, up to unread_cap
  int unread_cap = 3;
  int visit_note = 50;  // a held video visit still without its note (once, however many)
};

// How pressing a member is, said as a label beside their name so the rows that matter most
// stand out by words as well as colour: a safety reason (a self-harm answer, an emergency or
// urgent warning sign, a severe PHQ-9) is always "safety"; any softer reason is "attention";
// none is "settled".
enum class Priority { safety, attention, settled };

std::string_view priority_name(Priority priority);   // "safety", "attention", "settled"
std::string_view priority_words(Priority priority);  // "Safety first", "Needs attention", ...

struct QueueEntry {
  std::string member_id;
  std::string display_name;
  int score = 0;
  std::vector<std::string> reasons;  // plain words, most pressing first; empty: nothing needs doing
  Priority priority = Priority::settled;
};

// Every member, most in need first; ties keep the member who has waited longest (oldest
// activity) ahead, then by id, so the order is stable.
std::vector<QueueEntry> rank_queue(const std::vector<MemberSignals>& members, std::int64_t now_ms,
                                   const QueueWeights& weights = {});

}  // namespace motus::core::care
