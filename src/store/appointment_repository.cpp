#include "store/appointment_repository.hpp"

#include "core/calendar/booking_cells.hpp"

namespace motus::store {
namespace {

#define MOTUS_APPOINTMENT_COLUMNS                                                                  \
  "id, member_id, therapist_id, starts_at, ends_at, status, booked_by, created_at, cancelled_at, " \
  "cancelled_by, updated_at"

constexpr Statement kFind{"find_appointment",
                          "SELECT " MOTUS_APPOINTMENT_COLUMNS " FROM appointments WHERE id = $1"};
constexpr Statement kInsert{"insert_appointment",
                            "INSERT INTO appointments (" MOTUS_APPOINTMENT_COLUMNS
                            ") VALUES ($1, $2, $3, $4, $5, 'booked', $6, $7, NULL, NULL, $7)"};
constexpr Statement kHold{
    "hold_appointment_cell",
    "INSERT INTO appointment_holds (owner_id, cell_at, appointment_id, member_id) "
    "VALUES ($1, $2, $3, $4)"};
constexpr Statement kRelease{"release_appointment_cells",
                             "DELETE FROM appointment_holds WHERE appointment_id = $1"};
constexpr Statement kMove{"move_appointment",
                          "UPDATE appointments SET starts_at = $2, ends_at = $3, updated_at = $4 "
                          "WHERE id = $1 AND status = 'booked'"};
constexpr Statement kCancel{
    "cancel_appointment",
    "UPDATE appointments SET status = 'cancelled', cancelled_at = $3, cancelled_by = $2, "
    "updated_at = $3 WHERE id = $1 AND status = 'booked'"};
constexpr Statement kFinish{"finish_appointment",
                            "UPDATE appointments SET status = $2, updated_at = $3 "
                            "WHERE id = $1 AND status = 'booked'"};
constexpr Statement kMarkMissed{"mark_missed_appointments",
                                "UPDATE appointments SET status = 'missed', updated_at = $2 "
                                "WHERE status = 'booked' AND ends_at < $1"};
constexpr Statement kOfMember{"appointments_of_member",
                              "SELECT " MOTUS_APPOINTMENT_COLUMNS
                              " FROM appointments WHERE member_id = $1 AND ends_at > $2 "
                              "AND starts_at < $3 ORDER BY starts_at, id"};
constexpr Statement kOfTherapist{"appointments_of_therapist",
                                 "SELECT " MOTUS_APPOINTMENT_COLUMNS
                                 " FROM appointments WHERE therapist_id = $1 AND ends_at > $2 "
                                 "AND starts_at < $3 ORDER BY starts_at, id"};
constexpr Statement kOfPerson{"appointments_of_person",
                              "SELECT " MOTUS_APPOINTMENT_COLUMNS
                              " FROM appointments WHERE (member_id = $1 OR therapist_id = $1) "
                              "AND ends_at > $2 AND starts_at < $3 ORDER BY starts_at, id"};

#undef MOTUS_APPOINTMENT_COLUMNS

Appointment read_appointment(const Row& row) {
  Appointment a;
  a.id = row.text(0);
  a.member_id = row.text(1);
  a.therapist_id = row.text(2);
  a.starts_at = row.integer(3);
  a.ends_at = row.integer(4);
  a.status = row.text(5);
  a.booked_by = row.optional_text(6).value_or("");
  a.created_at = row.integer(7);
  a.cancelled_at = row.is_null(8) ? 0 : row.integer(8);
  a.cancelled_by = row.optional_text(9).value_or("");
  a.updated_at = row.integer(10);
  return a;
}

std::vector<Appointment> read_all(const Rows& rows) {
  std::vector<Appointment> out;
  out.reserve(rows.size());
  for (const auto& row : rows) out.push_back(read_appointment(row));
  return out;
}

Value optional(const std::string& text) {
  if (text.empty()) return nullptr;
  return text;
}

void hold(Connection& connection, const Appointment& a) {
  const auto cells = core::booking_cells(a.starts_at, a.ends_at);
  if (cells.empty()) {
    throw StoreError(StoreError::Kind::failure, "appointment times are not on 15-minute cells");
  }
  for (const auto cell : cells) {
    connection.execute(kHold, {a.therapist_id, cell, a.id, a.member_id});
    connection.execute(kHold, {a.member_id, cell, a.id, a.member_id});
  }
}

}  // namespace

std::optional<Appointment> find_appointment(Connection& connection, const std::string& id) {
  const auto rows = connection.query(kFind, {id});
  if (rows.empty()) return std::nullopt;
  return read_appointment(rows.front());
}

void insert_appointment(Connection& connection, const Appointment& a) {
  connection.execute(kInsert, {a.id, a.member_id, a.therapist_id, a.starts_at, a.ends_at,
                               optional(a.booked_by), a.created_at});
  hold(connection, a);
}

bool move_appointment(Connection& connection, const std::string& id, std::int64_t starts_at,
                      std::int64_t ends_at, std::int64_t now_ms) {
  if (connection.execute(kMove, {id, starts_at, ends_at, now_ms}) == 0) return false;
  connection.execute(kRelease, {id});
  const auto moved = find_appointment(connection, id);
  hold(connection, *moved);
  return true;
}

bool cancel_appointment(Connection& connection, const std::string& id, const std::string& by,
                        std::int64_t now_ms) {
  if (connection.execute(kCancel, {id, optional(by), now_ms}) == 0) return false;
  connection.execute(kRelease, {id});
  return true;
}

bool finish_appointment(Connection& connection, const std::string& id, const std::string& status,
                        std::int64_t now_ms) {
  return connection.execute(kFinish, {id, status, now_ms}) > 0;
}

std::int64_t mark_missed_appointments(Connection& connection, std::int64_t ended_before,
                                      std::int64_t now_ms) {
  return connection.execute(kMarkMissed, {ended_before, now_ms});
}

std::vector<Appointment> appointments_of_member(Connection& connection,
                                                const std::string& member_id, std::int64_t from,
                                                std::int64_t to) {
  return read_all(connection.query(kOfMember, {member_id, from, to}));
}

std::vector<Appointment> appointments_of_therapist(Connection& connection,
                                                   const std::string& therapist_id,
                                                   std::int64_t from, std::int64_t to) {
  return read_all(connection.query(kOfTherapist, {therapist_id, from, to}));
}

std::vector<Appointment> appointments_of_person(Connection& connection, const std::string& user_id,
                                                std::int64_t from, std::int64_t to) {
  return read_all(connection.query(kOfPerson, {user_id, from, to}));
}

}  // namespace motus::store
