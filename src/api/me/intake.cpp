// POST /api/v1/me/intake: the member's answers are parsed and assessed by the core; the intake,
// its assessment and (when the tier allows) a program built from it are stored together with
// the audit row. What the result causes (a program or none, a care flag) is the core's
// after_screen decision (core/care/after_screen.hpp); this handler only writes it.
#include "api/shared/journey.hpp"
#include "api/shared/journey_screen.hpp"
#include "api/shared/language.hpp"
#include "core/assessment/assessment_json.hpp"
#include "core/assessment/in_spanish.hpp"
#include "core/program/pregnancy_dating.hpp"
#include "core/program/program_json.hpp"
#include "http/db_await.hpp"
#include "store/credentials.hpp"
#include "store/intake_draft_repository.hpp"
#include "store/journey_care_flag_repository.hpp"

namespace motus::api {

namespace asio = boost::asio;
namespace a = core::assessment;
namespace p = core::program;
using http::Request;
using http::Response;

namespace {

// The body is checked against the route's schema first (json_body: 415 unless JSON, a 400 naming
// every field at fault); the core then reads the text itself, refusing repeated keys too.
a::Intake intake_from(const Request& request) {
  request.json_body();
  return a::parse_intake(request.raw.body());
}

asio::awaitable<Response> post_intake(App& app, Request& request) {
  const auto& caller = require_member(request);
  const a::Intake intake = intake_from(request);
  const a::Assessment assessment = a::assess(intake);
  // An intake starts afresh: whatever program came before is replaced or removed.
  const auto after = core::care::after_screen(core::care::Standing::no_program,
                                              core::care::outcome_of(assessment));
  std::optional<p::Program> program;
  if (after.program == core::care::ProgramStep::start) {
    program = p::build_program(intake, assessment, app.content);
  }
  const auto now = app.clock.now_ms();

  nlohmann::ordered_json answer;
  answer["assessment"] = a::to_json(assessment);

  store::IntakeRecord record{store::new_id(now),
                             caller.user_id,
                             now,
                             std::string(a::name_of(assessment.tier)),
                             nlohmann::json::parse(request.raw.body()).dump(),
                             answer["assessment"].dump()};
  std::optional<store::ProgramRecord> stored_program;
  std::optional<store::ProgramLevel> level;
  if (program) {
    // Dated from today, so a pregnancy's limits move on with the calendar (program_state.hpp).
    const auto state = p::start_state(*program, intake, p::day_of_ms(now));
    stored_program =
        store::ProgramRecord{caller.user_id, record.id, now, now, false, p::to_json(state).dump()};
    level = store::ProgramLevel{now, std::string(p::phase_name(state.phase)), 0, 0, false};
  }
  std::optional<store::CareFlag> flag;
  if (after.care_flag) flag = care_flag_row(caller.user_id, *after.care_flag, now);
  const auto audit = member_audit(request, caller, "write", "intake", now);
  std::function<void(store::Connection&)> work = [record, stored_program, level, flag,
                                                  audit](store::Connection& c) {
    store::insert_intake(c, record);
    store::remove_intake_draft(c, record.member_id);
    if (stored_program) {
      store::save_program(c, *stored_program);
      store::append_program_level(c, record.member_id, *level);
    } else {
      store::remove_program(c, record.member_id);
    }
    if (flag) store::insert_care_flag(c, *flag);
    store::append_audit(c, audit);
  };
  co_await http::durable_write(app.db, std::move(work));
  // Stored in English above; answered in the caller's language.
  const auto language = answer_language(request);
  answer["assessment"] = a::assessment_in(std::move(answer["assessment"]), language);
  if (stored_program) {
    answer["program"] = p::to_json(program_in(app, program_state(*stored_program), language));
  }
  auto response = ordered_json_response(201, answer);
  say_language(response, language);
  co_return response;
}

}  // namespace

void add_me_intake_route(http::Router& router, App& app) {
  namespace s = http::schema;
  router.add(http::Route{
      "POST", "/api/v1/me/intake",
      "Send the intake questions (docs/api-contract.md); answers the assessment and, when it is "
      "safe, a program.",
      "journey", [&app](Request& request) { return post_intake(app, request); }}
                 .for_roles({"member"})
                 .accepts(intake_body_schema(),
                          {{"age", 35},
                           {"duration_weeks", 4},
                           {"pain_now", 4},
                           {"locations", {"sacrum_left", "buttock_left", "low_back"}},
                           {"points_to_one_spot", true},
                           {"aggravating", {"stairs", "standing_one_leg", "car_transfer"}},
                           {"prefs", {{"minutes_per_day", 30}}}})
                 .answers(201,
                          s::object({{"assessment", assessment_schema()},
                                     {"program?", program_schema()}}),
                          "Assessed; a program when it is safe to start one"));
}

}  // namespace motus::api
