// GET /api/v1/me/assessment: the result of the member's latest intake, read back as it was
// stored, so any device the member logs in on can show it again (the app's result and Today
// screens start here). Before any intake the answer is 200 with "assessment": null, because
// "not asked yet" is an ordinary state of the journey, not a failure. Audited like every
// other read of health data.
#include "api/shared/journey.hpp"
#include "api/shared/language.hpp"
#include "core/assessment/in_spanish.hpp"
#include "http/db_await.hpp"

namespace motus::api {

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

asio::awaitable<Response> get_assessment(App& app, Request& request) {
  const auto& caller = require_member(request);
  const auto language = answer_language(request);
  std::optional<store::IntakeRecord> intake;
  bool has_program = false;
  app.db.read([&](store::Connection& c) {
    intake = store::latest_intake(c, caller.user_id);
    has_program = store::find_program(c, caller.user_id).has_value();
  });
  nlohmann::ordered_json body;
  if (intake) {
    // Stored in English (the assessment's own words); read back in the caller's language.
    body["assessment"] = core::assessment::assessment_in(
        nlohmann::ordered_json::parse(intake->assessment), language);
    // The member's own answers, so a follow-up question can be answered on any device: the
    // client fills the field and sends the intake again.
    body["intake"] = nlohmann::ordered_json::parse(intake->intake);
    body["taken_at"] = intake->created_at;
    body["taken_on"] = utc_date(intake->created_at);
  } else {
    body["assessment"] = nullptr;
  }
  body["has_program"] = has_program;
  auto audit = member_audit(request, caller, "read", "assessment", app.clock.now_ms());
  co_await http::durable_audit(app.db, std::move(audit));
  auto response = ordered_json_response(200, body);
  say_language(response, language);
  co_return response;
}

}  // namespace

void add_me_assessment_route(http::Router& router, App& app) {
  namespace s = http::schema;
  router.add(http::Route{
      "GET", "/api/v1/me/assessment",
      "The result of your latest intake with the answers it was given (intake, taken_at, "
      "and has_program when there is a program to follow), or {\"assessment\": null} "
      "before your first intake.",
      "journey", [&app](Request& request) { return get_assessment(app, request); }}
                 .for_roles({"member"})
                 .answers(200, s::object({{"assessment", s::nullable(assessment_schema())},
                                          {"intake?", s::map_of(s::any())},
                                          {"taken_at?", s::whole()},
                                          {"taken_on?", s::text()},
                                          {"has_program", s::yes_no()}})));
}

}  // namespace motus::api
