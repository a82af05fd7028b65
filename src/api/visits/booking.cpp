#include "api/visits/booking.hpp"

#include <algorithm>

#include "api/visits/appointment_json.hpp"
#include "api/visits/time_zones.hpp"
#include "http/db_await.hpp"
#include "store/availability_repository.hpp"
#include "store/credentials.hpp"

namespace motus::api {

namespace asio = boost::asio;

OpenTimes offered_times(store::Connection& c, const std::string& therapist_id, std::int64_t from,
                        std::int64_t to, std::int64_t earliest) {
  OpenTimes open;
  const auto availability = store::find_availability(c, therapist_id);
  if (!availability) return open;
  open.availability_set = true;
  open.availability = *availability;
  if (const auto zone = time_zone_named(availability->time_zone)) {
    open.slots = core::open_slots(*availability, *zone, from, to, earliest, {});
  }
  return open;
}

OpenTimes open_times(store::Connection& c, const std::string& therapist_id,
                     const std::string& member_id, std::int64_t from, std::int64_t to,
                     std::int64_t earliest, const std::string& moving) {
  auto open = offered_times(c, therapist_id, from, to, earliest);
  if (open.slots.empty()) return open;
  // A slot lasts at most 45 minutes; look a little wider for what is taken.
  const auto wide_from = from - core::kHourMs;
  const auto wide_to = to + core::kHourMs;
  auto booked = store::appointments_of_therapist(c, therapist_id, wide_from, wide_to);
  if (!member_id.empty()) {
    const auto members = store::appointments_of_member(c, member_id, wide_from, wide_to);
    booked.insert(booked.end(), members.begin(), members.end());
  }
  std::erase_if(open.slots, [&](const core::TimeRange& slot) {
    return std::any_of(booked.begin(), booked.end(), [&](const store::Appointment& a) {
      return a.status != "cancelled" && a.id != moving &&
             core::overlaps(slot, {a.starts_at, a.ends_at});
    });
  });
  return open;
}

bool is_open(const OpenTimes& open, const core::TimeRange& slot) {
  return std::find(open.slots.begin(), open.slots.end(), slot) != open.slots.end();
}

namespace {

// Runs the write; the database's refusal of an overlapping hold becomes 409 "time taken".
asio::awaitable<void> write_unless_taken(App& app, std::function<void(store::Connection&)> work) {
  bool taken = false;
  try {
    co_await http::durable_write(app.db, std::move(work));
  } catch (const store::StoreError& error) {
    if (error.kind() != store::StoreError::Kind::constraint) throw;
    taken = true;
  }
  if (taken) throw slot_taken();
}

}  // namespace

asio::awaitable<void> write_booking(App& app, store::Appointment appointment,
                                    store::AuditEntry audit) {
  std::function<void(store::Connection&)> work = [appointment, audit](store::Connection& c) {
    store::insert_appointment(c, appointment);
    store::append_audit(c, audit);
  };
  co_await write_unless_taken(app, std::move(work));
}

asio::awaitable<void> write_move(App& app, std::string id, core::TimeRange to,
                                 store::AuditEntry audit) {
  auto moved = std::make_shared<bool>(false);
  std::function<void(store::Connection&)> work = [id, to, audit, moved](store::Connection& c) {
    *moved = store::move_appointment(c, id, to.starts_at, to.ends_at, audit.at);
    if (*moved) store::append_audit(c, audit);
  };
  co_await write_unless_taken(app, std::move(work));
  if (!*moved) throw change_refused(core::ChangeRefusal::not_booked);
}

asio::awaitable<void> write_cancel(App& app, std::string id, store::AuditEntry audit) {
  auto cancelled = std::make_shared<bool>(false);
  std::function<void(store::Connection&)> work = [id, audit, cancelled](store::Connection& c) {
    *cancelled = store::cancel_appointment(c, id, audit.actor_id, audit.at);
    if (*cancelled) store::append_audit(c, audit);
  };
  co_await http::durable_write(app.db, std::move(work));
  if (!*cancelled) throw change_refused(core::ChangeRefusal::not_booked);
}

store::Appointment new_booking(const std::string& member_id, const std::string& therapist_id,
                               const core::TimeRange& slot, const std::string& booked_by,
                               std::int64_t now) {
  store::Appointment appointment;
  appointment.id = store::new_id(now);
  appointment.member_id = member_id;
  appointment.therapist_id = therapist_id;
  appointment.starts_at = slot.starts_at;
  appointment.ends_at = slot.ends_at;
  appointment.booked_by = booked_by;
  appointment.created_at = now;
  appointment.updated_at = now;
  return appointment;
}

asio::awaitable<store::Appointment> changeable_appointment(App& app, const http::Request& request,
                                                           const core::Caller& caller) {
  auto appointment = co_await own_appointment(app, request, caller);
  const auto refusal =
      core::change_refusal(appointment.status, appointment.starts_at, app.clock.now_ms(),
                           caller.role == core::Role::therapist);
  if (refusal != core::ChangeRefusal::none) throw change_refused(refusal);
  co_return appointment;
}

asio::awaitable<store::Appointment> cancel_own_appointment(App& app, const http::Request& request,
                                                           const core::Caller& caller) {
  const auto appointment = co_await changeable_appointment(app, request, caller);
  co_await write_cancel(app, appointment.id,
                        appointment_audit(app, request, caller, "write", appointment.member_id));
  co_return reread(app, appointment.id);
}

asio::awaitable<void> record_listing(App& app, const std::vector<store::Appointment>& appointments,
                                     std::vector<store::AuditEntry> audits) {
  if (audits.empty()) co_return;
  const auto now = audits.front().at;
  const bool missed = std::any_of(appointments.begin(), appointments.end(), [&](const auto& a) {
    return a.status == "booked" && core::shown_status(a.status, a.ends_at, now) == "missed";
  });
  if (!missed) {
    co_await http::durable_audits(app.db, std::move(audits));
    co_return;
  }
  std::function<void(store::Connection&)> work = [audits, now](store::Connection& c) {
    store::mark_missed_appointments(c, now - core::kVisitGraceMs + 1, now);
    for (const auto& audit : audits) store::append_audit(c, audit);
  };
  co_await http::durable_write(app.db, std::move(work));
}

store::Appointment reread(App& app, const std::string& id) {
  std::optional<store::Appointment> found;
  app.db.read([&](store::Connection& c) { found = store::find_appointment(c, id); });
  if (!found) throw http::not_found(kNoSuchAppointment);
  return *found;
}

}  // namespace motus::api
