#include "store/visit_repository.hpp"

namespace motus::store {
namespace {

constexpr Statement kStartVisit{
    "start_visit",
    "INSERT INTO visits (id, appointment_id, member_id, therapist_id, started_at) "
    "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (appointment_id) DO NOTHING"};
constexpr Statement kEndVisit{
    "end_visit",
    "UPDATE visits SET ended_at = $2, duration_seconds = ($2 - started_at) / 1000 "
    "WHERE appointment_id = $1 AND started_at <= $2"};
constexpr Statement kWriteNote{
    "write_visit_note",
    "UPDATE visits SET note = $2, note_written_at = $3 WHERE appointment_id = $1"};
constexpr Statement kFindVisit{
    "find_visit",
    "SELECT id, appointment_id, member_id, therapist_id, started_at, ended_at, duration_seconds, "
    "note, note_written_at FROM visits WHERE appointment_id = $1"};
constexpr Statement kVisitsOf{
    "visits_of",
    "SELECT id, appointment_id, member_id, therapist_id, started_at, ended_at, duration_seconds, "
    "note, note_written_at FROM visits WHERE member_id = $1 ORDER BY started_at DESC, id DESC"};

std::optional<std::int64_t> optional_integer(const Row& row, std::size_t i) {
  if (std::holds_alternative<std::nullptr_t>(row[i])) return std::nullopt;
  return row.integer(i);
}

Visit visit_from(const Row& row) {
  return {row.text(0),    row.text(1),    row.text(2),
          row.text(3),    row.integer(4), optional_integer(row, 5),
          row.integer(6), row.text(7),    optional_integer(row, 8)};
}

}  // namespace

bool start_visit(Connection& connection, const Visit& visit) {
  return connection.execute(kStartVisit, {visit.id, visit.appointment_id, visit.member_id,
                                          visit.therapist_id, visit.started_at}) > 0;
}

void end_visit(Connection& connection, const std::string& appointment_id, std::int64_t ended_at) {
  connection.execute(kEndVisit, {appointment_id, ended_at});
}

void write_visit_note(Connection& connection, const std::string& appointment_id,
                      const std::string& note, std::int64_t written_at) {
  connection.execute(kWriteNote, {appointment_id, note, written_at});
}

std::optional<Visit> find_visit(Connection& connection, const std::string& appointment_id) {
  for (const auto& row : connection.query(kFindVisit, {appointment_id})) return visit_from(row);
  return std::nullopt;
}

std::vector<Visit> visits_of(Connection& connection, const std::string& member_id) {
  std::vector<Visit> visits;
  for (const auto& row : connection.query(kVisitsOf, {member_id}))
    visits.push_back(visit_from(row));
  return visits;
}

}  // namespace motus::store
