#include "core/care/queue.hpp"

#include <algorithm>
#include <array>

namespace motus::core::care {
namespace {

constexpr std::int64_t kDayMs = 24LL * 60 * 60 * 1000;

std::string plural(int count, const std::string& one, const std::string& many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

// The rise across the latest readings, or 0 when they are too few or not rising.
int pain_rise(const std::vector<int>& pain, std::size_t window) {
  if (pain.size() < 2 || window < 2) return 0;
  const auto count = std::min(window, pain.size());
  const auto first = pain[pain.size() - count];
  const auto last = pain.back();
  return std::max(0, last - first);
}

std::int64_t quiet_days(const MemberSignals& member, std::int64_t now_ms) {
  const auto since = member.last_activity_ms.value_or(member.enrolled_at_ms);
  return std::max<std::int64_t>(0, (now_ms - since) / kDayMs);
}

bool has_safety_reason(const MemberSignals& member) {
  return member.self_harm_flags > 0 || member.emergency_flags > 0 || member.urgent_flags > 0 ||
         member.severe_depression_flags > 0;
}

QueueEntry score_member(const MemberSignals& member, std::int64_t now_ms,
                        const QueueWeights& weights) {
  QueueEntry entry{member.member_id, member.display_name, 0, {}, Priority::settled};
  if (member.self_harm_flags > 0) {
    entry.score += weights.self_harm;
    entry.reasons.push_back(
        "Said on the mood questionnaire (PHQ-9, question 9) that they have had thoughts of being "
        "better off dead or of hurting themself: call them today to check they are safe.");
  }
  if (member.emergency_flags > 0) {
    entry.score += weights.emergency;
    entry.reasons.push_back(
        "Reported " +
        plural(member.emergency_flags, "emergency warning sign", "emergency warning signs") +
        ": contact them today.");
  }
  if (member.urgent_flags > 0) {
    entry.score += weights.urgent;
    entry.reasons.push_back("Reported " +
                            plural(member.urgent_flags, "warning sign", "warning signs") +
                            " that need a doctor soon.");
  }
  if (member.severe_depression_flags > 0) {
    entry.score += weights.severe_depression;
    entry.reasons.push_back(
        "Mood questionnaire (PHQ-9) score in the severe range (20 or more): talk with them about "
        "support for their mood this week.");
  }
  const auto rise = pain_rise(member.recent_pain, weights.pain_window);
  if (rise >= weights.rising_pain_min_rise) {
    entry.score += weights.rising_pain + weights.rising_pain_per_point * rise;
    entry.reasons.push_back("Pain went up " + plural(rise, "point", "points") +
                            " over the last readings (now " +
                            std::to_string(member.recent_pain.back()) + " of 10).");
  }
  const auto days = quiet_days(member, now_ms);
  if (days >= weights.inactive_after_days) {
    entry.score += weights.inactive;
    entry.reasons.push_back(
        member.last_activity_ms
            ? "No activity for " + plural(static_cast<int>(days), "day", "days") + "."
            : "Has not started yet (" + plural(static_cast<int>(days), "day", "days") +
                  " since joining).");
  }
  if (member.unread_messages > 0) {
    entry.score += weights.unread_message * std::min(member.unread_messages, weights.unread_cap);
    entry.reasons.push_back(plural(member.unread_messages, "unread message", "unread messages") +
                            " from them.");
  }
  if (member.visits_without_note > 0) {
    entry.score += weights.visit_note;
    entry.reasons.push_back(plural(member.visits_without_note, "video visit", "video visits") +
                            " without a visit note yet.");
  }
  if (has_safety_reason(member)) {
    entry.priority = Priority::safety;
  } else if (!entry.reasons.empty()) {
    entry.priority = Priority::attention;
  }
  return entry;
}

}  // namespace

// Each band's name in the API and its label on screen, in the enum's order.
constexpr std::array<std::array<std::string_view, 2>, 3> kPriorityText{{
    {"safety", "Safety first"},
    {"attention", "Needs attention"},
    {"settled", "Doing fine"},
}};

std::string_view priority_name(Priority priority) {
  return kPriorityText[static_cast<std::size_t>(priority)][0];
}

std::string_view priority_words(Priority priority) {
  return kPriorityText[static_cast<std::size_t>(priority)][1];
}

std::vector<QueueEntry> rank_queue(const std::vector<MemberSignals>& members, std::int64_t now_ms,
                                   const QueueWeights& weights) {
  struct Ranked {
    QueueEntry entry;
    std::int64_t since;
  };
  std::vector<Ranked> ranked;
  ranked.reserve(members.size());
  for (const auto& member : members) {
    ranked.push_back({score_member(member, now_ms, weights),
                      member.last_activity_ms.value_or(member.enrolled_at_ms)});
  }
  std::sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    if (a.entry.score != b.entry.score) return a.entry.score > b.entry.score;
    if (a.since != b.since) return a.since < b.since;
    return a.entry.member_id < b.entry.member_id;
  });
  std::vector<QueueEntry> out;
  out.reserve(ranked.size());
  for (auto& item : ranked) out.push_back(std::move(item.entry));
  return out;
}

}  // namespace motus::core::care
