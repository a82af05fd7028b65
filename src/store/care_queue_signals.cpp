#include "store/care_queue_signals.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace motus::store {
namespace {

// The signals row (migrations/*/0016_queue_signals_and_caseloads.sql) is kept by triggers in the
// same transaction as each write that changes it, so the queue is one read: the caseload through
// care_assignments_therapist, each member's account and signals row by primary key. LEFT JOIN:
// a member without a row (none should be) is still listed, as someone with nothing to show.
const std::string kColumns =
    "SELECT u.id, u.first_name, u.last_name, u.created_at, s.unread_from_member, "
    "s.self_harm_flags, s.emergency_flags, s.urgent_flags, s.severe_depression_flags, "
    "s.visits_without_note, s.pain_1, s.pain_2, s.pain_3, s.pain_4, s.pain_5, s.last_seen_at, "
    "s.last_message_at, s.last_logged_at, s.last_visit_at ";
const std::string kCaseloadSql = kColumns +
                                 "FROM care_assignments a JOIN users u ON u.id = a.member_id "
                                 "LEFT JOIN member_queue_signals s ON s.member_id = u.id "
                                 "WHERE a.therapist_id = $1 AND u.role = 'member'";
const std::string kEveryMemberSql = kColumns +
                                    "FROM users u LEFT JOIN member_queue_signals s "
                                    "ON s.member_id = u.id WHERE u.role = 'member'";
const Statement kCaseloadSignals{"queue_caseload_signals", kCaseloadSql};
const Statement kEveryMembersSignals{"queue_all_signals", kEveryMemberSql};

enum Column : std::size_t {
  id,
  first_name,
  last_name,
  created_at,
  unread,
  self_harm,
  emergency,
  urgent,
  severe_depression,
  visits_without_note,
  pain_newest,  // pain_1 .. pain_5, newest first
  last_seen = pain_newest + 5,
  last_message,
  last_logged,
  last_visit,
};

int count_at(const Row& row, std::size_t column) {
  return row.is_null(column) ? 0 : static_cast<int>(row.integer(column));
}

core::care::MemberSignals signals_of(const Row& row) {
  core::care::MemberSignals member;
  member.member_id = row.text(id);
  member.display_name = row.text(first_name) + " " + row.text(last_name);
  member.enrolled_at_ms = row.integer(created_at);
  member.unread_messages = count_at(row, unread);
  member.self_harm_flags = count_at(row, self_harm);
  member.emergency_flags = count_at(row, emergency);
  member.urgent_flags = count_at(row, urgent);
  member.severe_depression_flags = count_at(row, severe_depression);
  member.visits_without_note = count_at(row, visits_without_note);
  // Oldest first, as the ranking reads them.
  for (std::size_t i = 5; i-- > 0;) {
    if (!row.is_null(pain_newest + i))
      member.recent_pain.push_back(static_cast<int>(row.integer(pain_newest + i)));
  }
  // Using the app at all counts as activity: a session seen, a message written, a session or
  // check-in logged, a video visit.
  for (const auto column : std::array{last_seen, last_message, last_logged, last_visit}) {
    if (row.is_null(column)) continue;
    const auto at = row.integer(column);
    member.last_activity_ms = std::max(member.last_activity_ms.value_or(at), at);
  }
  return member;
}

}  // namespace

std::vector<core::care::MemberSignals> gather_queue_signals(Connection& connection,
                                                            const std::string& therapist_id) {
  const auto rows = therapist_id.empty() ? connection.query(kEveryMembersSignals)
                                         : connection.query(kCaseloadSignals, {therapist_id});
  std::vector<core::care::MemberSignals> out;
  out.reserve(rows.size());
  for (const auto& row : rows) out.push_back(signals_of(row));
  // In member id order, as the signals were always handed to the ranking.
  std::sort(out.begin(), out.end(),
            [](const auto& a, const auto& b) { return a.member_id < b.member_id; });
  return out;
}

}  // namespace motus::store
