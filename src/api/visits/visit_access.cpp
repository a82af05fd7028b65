#include "api/visits/visit_access.hpp"

#include "api/shared/access.hpp"
#include "api/shared/care_access.hpp"
#include "http/db_await.hpp"
#include "http/problem.hpp"

namespace motus::api {

namespace asio = boost::asio;

asio::awaitable<VisitOfCaller> visit_of_caller(App& app, const http::Request& request,
                                               const core::Caller& caller) {
  std::optional<store::Appointment> appointment;
  app.db.read(
      [&](store::Connection& c) { appointment = store::find_appointment(c, request.param("id")); });
  if (appointment) {
    VisitOfCaller visit{*appointment,
                        {appointment->member_id, appointment->therapist_id, appointment->starts_at,
                         appointment->ends_at, appointment->status}};
    if (const auto who = core::visits::participant_of(visit.slot, caller.user_id)) {
      visit.participant = *who;
      co_return visit;
    }
  }
  auto entry = member_audit(app, request, caller, "denied",
                            "route:" + std::string(request.method()) + " " + request.route, "");
  entry.outcome = "denied";
  co_await http::durable_audit(app.db, std::move(entry));
  throw http::not_found();
}

core::visits::Admission admission_now(const App& app, const VisitOfCaller& visit,
                                      const core::Caller& caller) {
  return core::visits::admit_to_visit(visit.slot, caller.user_id, app.clock.now_ms(),
                                      app.visits.grace_ms);
}

}  // namespace motus::api
