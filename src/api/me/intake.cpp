// POST /api/v1/me/intake: the member's answers are parsed and assessed by the core; the intake,
// its assessment and (when the tier allows) a program built from it are stored together with
// the audit row. What the result causes (a program or none, a care flag) is the core's
// after_screen decision (core/care/after_screen.hpp); this handler only writes it.
#include "api/shared/journey.hpp"
#include "api/shared/journey_screen.hpp"
#include "core/assessment/assessment_json.hpp"
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

a::Intake intake_from(const Request& request) {
  if (request.header("Content-Type").substr(0, 16) != "application/json") {
    throw http::HttpError(415, "Unsupported media type", "Send the body as application/json.");
  }
  try {
    return a::parse_intake(request.raw.body());
  } catch (const a::InputError& error) {
    throw http::bad_request(error.what());
  }
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
  if (program) answer["program"] = p::to_json(*program);

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
  auto response = ordered_json_response(201, answer);
  co_return response;
}

}  // namespace

void add_me_intake_route(http::Router& router, App& app) {
  router.add(
      {"POST", "/api/v1/me/intake",
       "Send the intake questions (contract.md); answers the assessment and, when it is safe, "
       "a program.",
       "journey", [&app](Request& request) { return post_intake(app, request); },
       "application/json"});
}

}  // namespace motus::api
