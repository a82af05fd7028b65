#pragma once
// Booking, moving and cancelling, for the member's routes and the therapist's alike: which times
// are open, and the durable writes that turn the database's refusal of a double booking into a
// 409 "time taken".
#include <boost/asio/awaitable.hpp>
#include <string>
#include <vector>

#include "api/shared/app.hpp"
#include "core/access/caller.hpp"
#include "core/calendar/slots.hpp"
#include "http/message.hpp"
#include "store/appointment_repository.hpp"
#include "store/audit_log.hpp"

namespace motus::api {

struct OpenTimes {
  bool availability_set = false;
  core::Availability availability;
  std::vector<core::TimeRange> slots;
};

// The therapist's availability and the slots it offers starting in [from, to) and not before
// `earliest`, whatever is booked.
OpenTimes offered_times(store::Connection& connection, const std::string& therapist_id,
                        std::int64_t from, std::int64_t to, std::int64_t earliest);

// The therapist's open slots starting in [from, to) and not before `earliest`, less what the
// therapist or the member already has booked (except the appointment `moving`, being moved).
OpenTimes open_times(store::Connection& connection, const std::string& therapist_id,
                     const std::string& member_id, std::int64_t from, std::int64_t to,
                     std::int64_t earliest, const std::string& moving = "");

// Whether `slot` is exactly one of the open slots.
bool is_open(const OpenTimes& open, const core::TimeRange& slot);

// Writes the booking with its audit row; a 409 when the time was taken meanwhile.
boost::asio::awaitable<void> write_booking(App& app, store::Appointment appointment,
                                           store::AuditEntry audit);
// Moves a booked appointment; a 409 when the new time was taken meanwhile or it is no longer
// booked.
boost::asio::awaitable<void> write_move(App& app, std::string id, core::TimeRange to,
                                        store::AuditEntry audit);
// Cancels a booked appointment; a 409 when it is no longer booked.
boost::asio::awaitable<void> write_cancel(App& app, std::string id, store::AuditEntry audit);

// Audits a listing of appointments and marks missed those whose time and grace have passed.
boost::asio::awaitable<void> record_listing(App& app,
                                            const std::vector<store::Appointment>& appointments,
                                            std::vector<store::AuditEntry> audits);

// The appointment as it is now (after a write).
store::Appointment reread(App& app, const std::string& id);

// A new booked appointment of `member_id` with `therapist_id` at `slot`, made by `booked_by`.
store::Appointment new_booking(const std::string& member_id, const std::string& therapist_id,
                               const core::TimeRange& slot, const std::string& booked_by,
                               std::int64_t now);

// The caller's own appointment (the path's {id}) when the caller may still change it: a 404 when
// it is not theirs, a 409 when the rules refuse (members until 24 hours before, therapists until
// the start).
boost::asio::awaitable<store::Appointment> changeable_appointment(App& app,
                                                                  const http::Request& request,
                                                                  const core::Caller& caller);

// Cancels the caller's own appointment (the path's {id}) within the rules; it as it is after.
boost::asio::awaitable<store::Appointment> cancel_own_appointment(App& app,
                                                                  const http::Request& request,
                                                                  const core::Caller& caller);

}  // namespace motus::api
