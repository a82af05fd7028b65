#include "store/journey_session_repository.hpp"

namespace motus::store {

namespace {

constexpr Statement kInsertSessionLog{
    "insert_member_session",
    "INSERT INTO member_sessions (id, member_id, client_id, at, program_day, pain_before, "
    "pain_after, "
    "next_morning_pain, exercises_done, exercises_planned, feedback, answer) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)"};
constexpr Statement kSessionAnswer{
    "member_session_answer",
    "SELECT answer FROM member_sessions WHERE member_id = $1 AND client_id = $2"};
constexpr Statement kSessionTimesSince{
    "member_session_times_since",
    "SELECT at FROM member_sessions WHERE member_id = $1 AND at >= $2 ORDER BY at"};
constexpr Statement kSessionLogs{
    "member_sessions",
    "SELECT id, client_id, at, program_day, pain_before, pain_after, next_morning_pain, "
    "exercises_done, exercises_planned FROM member_sessions WHERE member_id = $1 "
    "ORDER BY at, id"};

Value integer_or_null(const std::optional<std::int64_t>& value) {
  if (!value) return nullptr;
  return *value;
}

}  // namespace

void insert_session_log(Connection& connection, const SessionLog& s) {
  connection.execute(kInsertSessionLog,
                     {s.id, s.member_id, s.client_id, s.at, s.program_day, s.pain_before,
                      s.pain_after, integer_or_null(s.next_morning_pain), s.exercises_done,
                      s.exercises_planned, s.feedback, s.answer});
}

std::optional<std::string> session_answer(Connection& connection, const std::string& member_id,
                                          const std::string& client_id) {
  const auto rows = connection.query(kSessionAnswer, {member_id, client_id});
  if (rows.empty()) return std::nullopt;
  return rows.front().text(0);
}

std::vector<SessionLog> session_logs(Connection& connection, const std::string& member_id) {
  std::vector<SessionLog> logs;
  for (const Row& row : connection.query(kSessionLogs, {member_id})) {
    SessionLog log;
    log.id = row.text(0);
    log.member_id = member_id;
    log.client_id = row.text(1);
    log.at = row.integer(2);
    log.program_day = row.integer(3);
    log.pain_before = row.integer(4);
    log.pain_after = row.integer(5);
    if (!row.is_null(6)) log.next_morning_pain = row.integer(6);
    log.exercises_done = row.integer(7);
    log.exercises_planned = row.integer(8);
    logs.push_back(std::move(log));
  }
  return logs;
}

std::vector<std::int64_t> session_times_since(Connection& connection, const std::string& member_id,
                                              std::int64_t since_ms) {
  std::vector<std::int64_t> times;
  for (const Row& row : connection.query(kSessionTimesSince, {member_id, since_ms})) {
    times.push_back(row.integer(0));
  }
  return times;
}

}  // namespace motus::store
