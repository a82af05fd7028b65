#pragma once
// What the visit routes share: the appointment behind /visits/{id}, found for a caller who takes
// part in it (its member or its therapist). Anyone else, and an id that is not there, answers
// 404 and leaves a "denied" row in the audit log, so ids leak nothing.
#include <boost/asio/awaitable.hpp>

#include "api/shared/app.hpp"
#include "core/visits/visit_admission.hpp"
#include "http/message.hpp"
#include "store/appointment_repository.hpp"

namespace motus::api {

struct VisitOfCaller {
  store::Appointment appointment;
  core::visits::VisitSlot slot;
  core::visits::Participant participant = core::visits::Participant::member;
};

boost::asio::awaitable<VisitOfCaller> visit_of_caller(App& app, const http::Request& request,
                                                      const core::Caller& caller);

// The admission at this moment, with the server's grace period.
core::visits::Admission admission_now(const App& app, const VisitOfCaller& visit,
                                      const core::Caller& caller);

}  // namespace motus::api
