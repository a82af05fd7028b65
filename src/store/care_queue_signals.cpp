#include "store/care_queue_signals.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <string_view>

namespace motus::store {
namespace {

using SignalsById = std::map<std::string, core::care::MemberSignals>;

constexpr Statement kCaseload{"caseload",
                              "SELECT u.id, u.first_name, u.last_name, u.created_at FROM users u "
                              "JOIN care_assignments a ON a.member_id = u.id "
                              "WHERE u.role = 'member' AND a.therapist_id = $1"};
constexpr Statement kAllMembers{
    "all_members", "SELECT id, first_name, last_name, created_at FROM users WHERE role = 'member'"};
// Every signal statement reads only the members it is asked about: `{scope:column}` becomes
// `column IN (caseload)` for a therapist, so each inner select seeks the (member_id, ...) indexes
// before grouping or ranking. For the admin's view of every member it becomes TRUE, a separate
// statement made from the same text: binding a value that means "all" ($1 = '' OR ...) would
// leave PostgreSQL's generic plan unable to seek the index for a therapist either.
struct SignalStatement {
  std::string name;
  std::string caseload_sql;
  std::string all_name;
  std::string all_sql;

  Statement for_scope(bool caseload) const {
    return caseload ? Statement{name, caseload_sql} : Statement{all_name, all_sql};
  }
};

std::string with_scope(std::string_view text, bool caseload) {
  static constexpr std::string_view kOpen = "{scope:";
  std::string out;
  while (true) {
    const auto open = text.find(kOpen);
    if (open == std::string_view::npos) break;
    const auto close = text.find('}', open);
    const auto column = text.substr(open + kOpen.size(), close - open - kOpen.size());
    out += text.substr(0, open);
    out += caseload ? std::string(column) +
                          " IN (SELECT member_id FROM care_assignments WHERE therapist_id = $1)"
                    : std::string("TRUE");
    text.remove_prefix(close + 1);
  }
  out += text;
  return out;
}

SignalStatement scoped(std::string_view name, std::string_view text) {
  return {std::string(name), with_scope(text, true), std::string(name) + "_all",
          with_scope(text, false)};
}

const SignalStatement kUnreadFromMembers = scoped(
    "queue_unread_from_members",
    "SELECT member_id, count(*) FROM messages "
    "WHERE sender_side = 'member' AND read_at IS NULL AND {scope:member_id} GROUP BY member_id");
// Using the app at all counts as activity: a session seen, or a message written. Staff sessions
// need no join to leave out: rows are kept only for the members being ranked.
const SignalStatement kLastSeen = scoped("queue_last_seen",
                                         "SELECT user_id, max(last_seen_at) FROM sessions "
                                         "WHERE {scope:user_id} GROUP BY user_id");
const SignalStatement kLastMessage =
    scoped("queue_last_message",
           "SELECT member_id, max(sent_at) FROM messages "
           "WHERE sender_side = 'member' AND {scope:member_id} GROUP BY member_id");

// Video visits (migrations/*/0012_visits.sql): held ones whose note is not written yet, and the
// latest visit, which counts as activity.
const SignalStatement kVisitsWithoutNote =
    scoped("queue_visits_without_note",
           "SELECT member_id, count(*) FROM visits "
           "WHERE ended_at IS NOT NULL AND note = '' AND {scope:member_id} GROUP BY member_id");
const SignalStatement kLastVisit = scoped(
    "queue_last_visit",
    "SELECT member_id, max(started_at) FROM visits WHERE {scope:member_id} GROUP BY member_id");

// The member journey's tables (migrations/sqlite/0006_member_journey.sql): open care flags,
// the day's pain from sessions (pain before exercising) and check-ins, and when either was last
// logged. Only each member's latest readings are read; the scope sits inside the union so the
// window ranks the caseload's readings alone.
const SignalStatement kOpenCareFlags =
    scoped("queue_open_care_flags",
           "SELECT member_id, kind, count(*) FROM care_flags "
           "WHERE resolved_at IS NULL AND {scope:member_id} GROUP BY member_id, kind");
const SignalStatement kRecentPain =
    scoped("queue_recent_pain",
           "SELECT member_id, pain FROM ("
           " SELECT member_id, at, pain, row_number() OVER (PARTITION BY "
           "member_id ORDER BY at DESC) AS latest FROM ("
           "  SELECT member_id, at, pain_before AS pain FROM member_sessions"
           "  WHERE {scope:member_id}"
           "  UNION ALL SELECT member_id, at, pain FROM member_checkins"
           "  WHERE {scope:member_id}) readings) ranked "
           "WHERE latest <= 5 ORDER BY member_id, at");
const SignalStatement kLastLogged =
    scoped("queue_last_logged",
           "SELECT member_id, max(at) FROM (SELECT member_id, at FROM member_sessions "
           "WHERE {scope:member_id} UNION ALL SELECT member_id, at FROM member_checkins "
           "WHERE {scope:member_id}) logged GROUP BY member_id");

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

// Runs `statement` for the caseload of `therapist_id` (every member when empty) and hands each
// row whose first column is a member in `members` to `apply`.
void for_each_member_row(Connection& connection, const SignalStatement& statement,
                         const std::string& therapist_id, SignalsById& members,
                         const std::function<void(core::care::MemberSignals&, const Row&)>& apply) {
  const bool caseload = !therapist_id.empty();
  const auto rows = caseload ? connection.query(statement.for_scope(true), {therapist_id})
                             : connection.query(statement.for_scope(false));
  for (const auto& row : rows) {
    if (auto found = members.find(row.text(0)); found != members.end()) apply(found->second, row);
  }
}

using SignalSource = std::function<void(Connection&, const std::string&, SignalsById&)>;

const std::vector<SignalSource>& signal_sources() {
  static const std::vector<SignalSource> sources = {
      [](Connection& c, const std::string& therapist, SignalsById& members) {
        for_each_member_row(c, kUnreadFromMembers, therapist, members,
                            [](auto& member, const Row& row) {
                              member.unread_messages = static_cast<int>(row.integer(1));
                            });
      },
      [](Connection& c, const std::string& therapist, SignalsById& members) {
        for_each_member_row(c, kLastSeen, therapist, members, [](auto& member, const Row& row) {
          note_activity(member, row.integer(1));
        });
      },
      [](Connection& c, const std::string& therapist, SignalsById& members) {
        for_each_member_row(
            c, kOpenCareFlags, therapist, members, [](auto& member, const Row& row) {
              open_flags_of_kind(member, row.text(1)) += static_cast<int>(row.integer(2));
            });
      },
      [](Connection& c, const std::string& therapist, SignalsById& members) {
        for_each_member_row(c, kRecentPain, therapist, members, [](auto& member, const Row& row) {
          member.recent_pain.push_back(static_cast<int>(row.integer(1)));
        });
      },
      [](Connection& c, const std::string& therapist, SignalsById& members) {
        for_each_member_row(c, kLastLogged, therapist, members, [](auto& member, const Row& row) {
          note_activity(member, row.integer(1));
        });
      },
      [](Connection& c, const std::string& therapist, SignalsById& members) {
        for_each_member_row(c, kLastMessage, therapist, members, [](auto& member, const Row& row) {
          note_activity(member, row.integer(1));
        });
      },
      [](Connection& c, const std::string& therapist, SignalsById& members) {
        for_each_member_row(c, kVisitsWithoutNote, therapist, members,
                            [](auto& member, const Row& row) {
                              member.visits_without_note = static_cast<int>(row.integer(1));
                            });
      },
      [](Connection& c, const std::string& therapist, SignalsById& members) {
        for_each_member_row(c, kLastVisit, therapist, members, [](auto& member, const Row& row) {
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
  for (const auto& source : signal_sources()) source(connection, therapist_id, members);
  std::vector<core::care::MemberSignals> out;
  out.reserve(members.size());
  for (auto& [id, member] : members) out.push_back(std::move(member));
  return out;
}

}  // namespace motus::store
