#pragma once
// What the appointment routes share: reading their fields (times as epoch ms, availability with
// "HH:MM" times), the JSON of an appointment as each side sees it, finding an appointment the
// caller takes part in, and the refusals as problem answers.
#include <boost/asio/awaitable.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "api/shared/app.hpp"
#include "core/access/caller.hpp"
#include "core/calendar/appointment_rules.hpp"
#include "core/calendar/availability.hpp"
#include "http/message.hpp"
#include "http/problem.hpp"
#include "store/appointment_repository.hpp"
#include "store/audit_log.hpp"

namespace motus::api {

// A 400 naming `field`, in the shape every route uses (errors: [{field, message}]).
http::HttpError field_error(const std::string& field, const http::Said& message);
inline http::HttpError field_error(const std::string& field, const std::string& message) {
  return field_error(field, http::Said{message, {}});
}

// The integer field `name` (epoch ms); a 400 naming it when missing or not a whole number.
std::int64_t epoch_ms_field(const nlohmann::json& body, const std::string& name);
// The optional query parameter `name` as epoch ms, or `fallback`; a 400 naming it when malformed.
std::int64_t epoch_ms_query(const http::Request& request, const std::string& name,
                            std::int64_t fallback);

// "09:30" ↔ 570; "24:00" is the end of the day.
std::string clock_text(int minute);

core::Availability availability_from_json(const nlohmann::json& body);
nlohmann::json availability_json(const core::Availability& availability, bool set);
// The schemas of availability_json and appointment_json (the route contracts).
nlohmann::json availability_schema();
nlohmann::json appointment_schema();

// An appointment as its member (other_name: the therapist) or its therapist (other_name: the
// member) sees it at `now`: shown status, reminder, countdown, whether it may still be changed
// and joined, and where its .ics and its video visit are.
nlohmann::json appointment_json(const store::Appointment& appointment, std::int64_t now,
                                const std::string& other_name, bool for_therapist);

// The appointment with the path's {id} when the caller is its member or its therapist; otherwise
// a 404 (and a "denied" audit row), so ids leak nothing.
boost::asio::awaitable<store::Appointment> own_appointment(App& app, const http::Request& request,
                                                           const core::Caller& caller);

// The audit row for an allowed access to appointments of `member_id`.
store::AuditEntry appointment_audit(App& app, const http::Request& request,
                                    const core::Caller& caller, const std::string& action,
                                    const std::string& member_id);

// 409 for a change the rules refuse (started, past the cut-off, not booked).
http::HttpError change_refused(core::ChangeRefusal refusal);

// 404 for an appointment id that is not one of the caller's.
inline const http::Said kNoSuchAppointment{"No appointment of yours has this id.",
                                           "No tienes ninguna cita con este código."};
// 409 when the time was taken by someone else in the meantime.
http::HttpError slot_taken();

}  // namespace motus::api
