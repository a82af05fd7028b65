#include "store/care_queue_signals.hpp"

#include <algorithm>
#include <functional>
#include <map>

namespace motus::store {
namespace {

using SignalsById = std::map<std::string, core::care::MemberSignals>;

constexpr Statement kCaseload{"caseload",
                              "SELECT u.id, u.first_name, u.last_name, u.created_at FROM users u "
                              "JOIN care_assignments a ON a.member_id = u.id "
                              "WHERE u.role = 'member' AND a.therapist_id = $1"};
constexpr Statement kAllMembers{
    "all_members", "SELECT id, first_name, last_name, created_at FROM users WHERE role = 'member'"};
constexpr Statement kUnreadFromMembers{
    "queue_unread_from_members",
    "SELECT member_id, count(*) FROM messages "
    "WHERE sender_side = 'member' AND read_at IS NULL GROUP BY member_id"};
// Using the app at all counts as activity: a session seen, or a message written.
constexpr Statement kLastSeen{
    "queue_last_seen",
    "SELECT s.user_id, max(s.last_seen_at) FROM sessions s "
    "JOIN users u ON u.id = s.user_id AND u.role = 'member' GROUP BY s.user_id"};
constexpr Statement kLastMessage{
    "queue_last_message",
    "SELECT member_id, max(sent_at) FROM messages WHERE sender_side = 'member' "
    "GROUP BY member_id"};

// The member journey's tables (migrations/sqlite/0006_member_journey.sql): open care flags,
// the day's pain from sessions (pain before exercising) and check-ins, and when either was last
// logged. Only each member's latest readings are read.
constexpr Statement kOpenCareFlags{
    "queue_open_care_flags",
    "SELECT member_id, kind, count(*) FROM care_flags WHERE resolved_at IS NULL "
    "GROUP BY member_id, kind"};
constexpr Statement kRecentPain{"queue_recent_pain",
                                "SELECT member_id, pain FROM ("
                                " SELECT member_id, at, pain, row_number() OVER (PARTITION BY "
                                "member_id ORDER BY at DESC) AS latest FROM ("
                                "  SELECT member_id, at, pain_before AS pain FROM member_sessions"
                                "  UNION ALL SELECT member_id, at, pain FROM member_checkins) "
                                "readings) ranked "
                                "WHERE latest <= 5 ORDER BY member_id, at"};
constexpr Statement kLastLogged{
    "queue_last_logged",
    "SELECT member_id, max(at) FROM (SELECT member_id, at FROM member_sessions "
    "UNION ALL SELECT member_id, at FROM member_checkins) logged GROUP BY member_id"};

// The count a care flag's kind adds to; the kinds are the CHECK of care_flags.kind
// (migrations/sqlite/0007_instrument_responses.sql).
int& open_flags_of_kind(core::care::MemberSignals& member, const std::string& kind) {
  if (kind == "self_harm_thoughts") return member.self_harm_flags;
  if (kind == "emergency") return member.emergency_flags;
  if (kind == "severe_depression") return member.severe_depression_flags;
  return member.urgent_flags;
}

void note_activity(core::care::MemberSignals& member, std::int64_t at) {
  member.last_activity_ms = std::max(member.last_activity_ms.value_or(at), at);
}

// Runs `statement` and hands each row whose first column is a member in `members` to `apply`.
void for_each_member_row(Connection& connection, const Statement& statement, SignalsById& members,
                         const std::function<void(core::care::MemberSignals&, const Row&)>& apply) {
  for (const auto& row : connection.query(statement)) {
    if (auto found = members.find(row.text(0)); found != members.end()) apply(found->second, row);
  }
}

using SignalSource = std::function<void(Connection&, SignalsById&)>;

const std::vector<SignalSource>& signal_sources() {
  static const std::vector<SignalSource> sources = {
      [](Connection& c, SignalsById& members) {
        for_each_member_row(c, kUnreadFromMembers, members, [](auto& member, const Row& row) {
          member.unread_messages = static_cast<int>(row.integer(1));
        });
      },
      [](Connection& c, SignalsById& members) {
        for_each_member_row(c, kLastSeen, members, [](auto& member, const Row& row) {
          note_activity(member, row.integer(1));
        });
      },
      [](Connection& c, SignalsById& members) {
        for_each_member_row(c, kOpenCareFlags, members, [](auto& member, const Row& row) {
          open_flags_of_kind(member, row.text(1)) += static_cast<int>(row.integer(2));
        });
      },
      [](Connection& c, SignalsById& members) {
        for_each_member_row(c, kRecentPain, members, [](auto& member, const Row& row) {
          member.recent_pain.push_back(static_cast<int>(row.integer(1)));
        });
      },
      [](Connection& c, SignalsById& members) {
        for_each_member_row(c, kLastLogged, members, [](auto& member, const Row& row) {
          note_activity(member, row.integer(1));
        });
      },
      [](Connection& c, SignalsById& members) {
        for_each_member_row(c, kLastMessage, members, [](auto& member, const Row& row) {
          note_activity(member, row.integer(1));
        });
      },
  };
  return sources;
}

}  // namespace

std::vector<core::care::MemberSignals> gather_queue_signals(Connection& connection,
                                                            const std::string& therapist_id) {
  SignalsById members;
  const auto rows = therapist_id.empty() ? connection.query(kAllMembers)
                                         : connection.query(kCaseload, {therapist_id});
  for (const auto& row : rows) {
    core::care::MemberSignals member;
    member.member_id = row.text(0);
    member.display_name = row.text(1) + " " + row.text(2);
    member.enrolled_at_ms = row.integer(3);
    members.emplace(member.member_id, std::move(member));
  }
  for (const auto& source : signal_sources()) source(connection, members);
  std::vector<core::care::MemberSignals> out;
  out.reserve(members.size());
  for (auto& [id, member] : members) out.push_back(std::move(member));
  return out;
}

}  // namespace motus::store
