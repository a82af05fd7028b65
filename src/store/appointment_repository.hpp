#pragma once
// Telehealth appointments (migrations/*/0011_appointments.sql). Booking, moving and cancelling
// keep the appointment_holds rows in step in the same transaction; the holds' primary key is what
// refuses a double booking (StoreError kind constraint), on one server or many.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/db.hpp"

namespace motus::store {

struct Appointment {
  std::string id;
  std::string member_id;
  std::string therapist_id;
  std::int64_t starts_at = 0;
  std::int64_t ends_at = 0;
  std::string status = "booked";  // booked | cancelled | missed | completed
  std::string booked_by;          // user id of whoever booked ("" when unknown)
  std::int64_t created_at = 0;
  std::int64_t cancelled_at = 0;  // 0: not cancelled
  std::string cancelled_by;       // "" unless cancelled
  std::int64_t updated_at = 0;
};

std::optional<Appointment> find_appointment(Connection& connection, const std::string& id);

// Inserts a booked appointment and its holds. Throws StoreError(constraint) when the therapist
// or the member already has an appointment at an overlapping time; nothing is kept then, as long
// as the caller lets the exception end its unit of work.
void insert_appointment(Connection& connection, const Appointment& appointment);

// Moves a booked appointment to [starts_at, ends_at), with the same refusal as insert. Returns
// false when no booked appointment has that id.
bool move_appointment(Connection& connection, const std::string& id, std::int64_t starts_at,
                      std::int64_t ends_at, std::int64_t now_ms);

// Cancels a booked appointment and frees its time. Returns false when none is booked with that id.
bool cancel_appointment(Connection& connection, const std::string& id, const std::string& by,
                        std::int64_t now_ms);

// Sets a booked appointment's status to missed or completed (its time stays held). Returns false
// when no booked appointment has that id.
bool finish_appointment(Connection& connection, const std::string& id, const std::string& status,
                        std::int64_t now_ms);

// Marks missed every booked appointment that ended before `ended_before`; returns how many.
std::int64_t mark_missed_appointments(Connection& connection, std::int64_t ended_before,
                                      std::int64_t now_ms);

// Appointments overlapping [from, to), earliest first, in every status.
std::vector<Appointment> appointments_of_member(Connection& connection,
                                                const std::string& member_id, std::int64_t from,
                                                std::int64_t to);
std::vector<Appointment> appointments_of_therapist(Connection& connection,
                                                   const std::string& therapist_id,
                                                   std::int64_t from, std::int64_t to);
// Every appointment the person takes part in (as member or therapist) overlapping [from, to).
std::vector<Appointment> appointments_of_person(Connection& connection, const std::string& user_id,
                                                std::int64_t from, std::int64_t to);

}  // namespace motus::store
