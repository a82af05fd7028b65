#include "store/care_org_figures.hpp"

namespace motus::store {
namespace {

constexpr std::int64_t kThirtyDaysMs = 30LL * 24 * 60 * 60 * 1000;

constexpr Statement kRosterSize{"org_report_roster_size",
                                "SELECT count(*) FROM roster_entries WHERE organization_id = $1"};
constexpr Statement kAccounts{
    "org_report_accounts",
    "SELECT count(*) FROM users WHERE organization_id = $1 AND role = 'member'"};
constexpr Statement kActive{
    "org_report_active",
    "SELECT count(DISTINCT u.id) FROM users u JOIN sessions s ON s.user_id = u.id "
    "WHERE u.organization_id = $1 AND u.role = 'member' AND s.last_seen_at >= $2"};
constexpr Statement kMessaged{
    "org_report_messaged",
    "SELECT count(DISTINCT m.member_id) FROM messages m JOIN users u ON u.id = m.member_id "
    "WHERE u.organization_id = $1 AND m.sender_side = 'member'"};

constexpr Statement kFinishedIntake{
    "org_report_finished_intake",
    "SELECT count(DISTINCT i.member_id) FROM member_intakes i "
    "JOIN users u ON u.id = i.member_id WHERE u.organization_id = $1"};
constexpr Statement kLoggedASession{
    "org_report_logged_a_session",
    "SELECT count(DISTINCT s.member_id) FROM member_sessions s "
    "JOIN users u ON u.id = s.member_id WHERE u.organization_id = $1"};
// Each member's first and latest pain (sessions: pain before exercising; check-ins), then how
// many have two readings and how many of those improved by the meaningful change.
constexpr Statement kPainChange{
    "org_report_pain_change",
    "WITH readings AS ("
    " SELECT r.member_id, r.at, r.pain FROM ("
    "  SELECT member_id, at, pain_before AS pain FROM member_sessions"
    "  UNION ALL SELECT member_id, at, pain FROM member_checkins) r"
    " JOIN users u ON u.id = r.member_id WHERE u.organization_id = $1),"
    " ends AS ("
    " SELECT member_id, count(*) AS readings,"
    "  (SELECT pain FROM readings f WHERE f.member_id = m.member_id ORDER BY at, pain LIMIT 1) AS "
    "first_pain,"
    "  (SELECT pain FROM readings l WHERE l.member_id = m.member_id ORDER BY at DESC, pain LIMIT "
    "1) AS last_pain"
    " FROM readings m GROUP BY member_id) "
    "SELECT count(*), coalesce(sum(CASE WHEN first_pain - last_pain >= 2 THEN 1 ELSE 0 END), 0) "
    "FROM ends WHERE readings >= 2"};

constexpr Statement kPeriodActivity{
    "org_report_period_activity",
    "SELECT count(DISTINCT s.member_id), count(*) FROM member_sessions s "
    "JOIN users u ON u.id = s.member_id WHERE u.organization_id = $1 AND s.at >= $2 AND s.at < $3"};

std::int64_t count(Connection& connection, const Statement& statement,
                   const std::vector<Value>& params) {
  return connection.query(statement, params).front().integer(0);
}

}  // namespace

OrganizationFigures organization_figures(Connection& connection, const std::string& organization_id,
                                         std::int64_t now_ms) {
  OrganizationFigures figures;
  figures.roster_size = count(connection, kRosterSize, {organization_id});
  figures.accounts = count(connection, kAccounts, {organization_id});
  figures.active_last_30_days =
      count(connection, kActive, {organization_id, now_ms - kThirtyDaysMs});
  figures.messaged_care_team = count(connection, kMessaged, {organization_id});
  figures.finished_intake = count(connection, kFinishedIntake, {organization_id});
  figures.logged_a_session = count(connection, kLoggedASession, {organization_id});
  const auto change = connection.query(kPainChange, {organization_id});
  figures.with_two_pain_readings = change.front().integer(0);
  figures.pain_improved = change.front().integer(1);
  return figures;
}

PeriodActivity organization_activity(Connection& connection, const std::string& organization_id,
                                     std::int64_t start_ms, std::int64_t end_ms) {
  const auto row = connection.query(kPeriodActivity, {organization_id, start_ms, end_ms});
  return {row.front().integer(0), row.front().integer(1)};
}

}  // namespace motus::store
