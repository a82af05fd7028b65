// GET /api/v1/me/export: the member's whole record as a FHIR R4 Bundle (product capability 8),
// so they can take it to any clinician or app. Gathered in one read, shaped by the pure core,
// and audited like every other read of health data. The care plan is the program the member
// follows, with their therapist's plan in force.
#include "api/shared/journey.hpp"
#include "api/shared/journey_override.hpp"
#include "core/fhir/export_bundle.hpp"
#include "http/db_await.hpp"
#include "store/member_record_repository.hpp"

namespace motus::api {

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

asio::awaitable<Response> get_export(App& app, Request& request) {
  const auto& caller = require_member(request);
  const auto now = app.clock.now_ms();
  std::optional<store::StoredMemberRecord> stored;
  std::optional<TherapistPlan> plan;
  app.db.read([&](store::Connection& c) {
    stored = store::load_member_record(c, caller.user_id);
    plan = therapist_plan(c, caller.user_id);
  });
  if (!stored) throw http::not_logged_in();
  auto record = store::to_fhir_record(*stored, app.content, app.instruments);
  if (record.program && plan) {
    const auto state = followed_state(program_state(*stored->program), plan, app.content);
    record.program->program = core::program::current_program(state, app.content);
  }
  const auto bundle = core::fhir::export_bundle(record, now);
  const auto audit = member_audit(request, caller, "read", "export", now);
  std::function<void(store::Connection&)> work = [audit](store::Connection& c) {
    store::append_audit(c, audit);
  };
  co_await http::durable_write(app.db, std::move(work));
  auto response = http::text_response(
      200, bundle.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace),
      "application/fhir+json");
  co_return response;
}

}  // namespace

void add_me_export_route(http::Router& router, App& app) {
  namespace s = http::schema;
  router.add(
      http::Route{"GET", "/api/v1/me/export",
                  "Your whole record as a FHIR R4 Bundle you can give to any clinician or "
                  "app.",
                  "journey", [&app](Request& request) { return get_export(app, request); }}
          .for_roles({"member"})
          .answers(200,
                   s::object({{"resourceType", s::words({"Bundle"})},
                              {"type", s::text()},
                              {"entry", s::list(s::object({{"resource", s::map_of(s::any())}}))}}),
                   "A FHIR R4 Bundle", "application/fhir+json"));
}

}  // namespace motus::api
