// POST /api/v1/me/sessions: how a session went. The core's pain-monitoring model adapts the
// program and says what changed and why. The flare check, and any warning sign sent with the
// session itself, is screened by the core, and its after_screen decision
// (core/care/after_screen.hpp) says whether the program pauses and the care team is told.
// client_id makes the post idempotent: the member's session with that key is stored with its
// answer, and a resend gets that answer back and changes nothing. All of it runs inside the one
// write, so two posts for the same member (or two copies of one post) are applied one after the
// other, never on the same old state. A therapist's plan is in force before the session is
// judged and kept after it (core/program/therapist_override.hpp), so adaptation never undoes it.
#include <algorithm>
#include <memory>

#include "api/shared/journey.hpp"
#include "api/shared/journey_override.hpp"
#include "api/shared/journey_screen.hpp"
#include "api/shared/language.hpp"
#include "core/assessment/assessment_json.hpp"
#include "core/assessment/flare_check.hpp"
#include "core/assessment/in_spanish.hpp"
#include "core/program/pain_rise.hpp"
#include "core/program/program_json.hpp"
#include "core/program/therapist_override.hpp"
#include "core/program/training_days.hpp"
#include "http/db_await.hpp"
#include "store/credentials.hpp"
#include "store/journey_care_flag_repository.hpp"
#include "store/journey_session_repository.hpp"

namespace motus::api {

namespace asio = boost::asio;
namespace a = core::assessment;
namespace p = core::program;
namespace care = core::care;
using http::Request;
using http::Response;

namespace {

constexpr std::size_t kLongestClientId = 100;

struct SessionReport {
  std::string client_id;
  p::SessionFeedback feedback;
  std::optional<a::FlareCheck> flare_check;
  std::string body;  // as sent, for the record
};

SessionReport read_report(const Request& request) {
  auto body = request.json_body();
  SessionReport report;
  const auto id = body.find("client_id");
  if (id == body.end() || !id->is_string() || id->get<std::string>().empty() ||
      id->get<std::string>().size() > kLongestClientId) {
    throw http::bad_request(
        http::Said{"client_id: expected text of 1 to 100 characters that names this session.",
                   "client_id: se espera un texto de 1 a 100 caracteres que nombre esta sesión."});
  }
  report.client_id = id->get<std::string>();
  report.body = body.dump();
  body.erase("client_id");
  if (const auto check = body.find("flare_check"); check != body.end()) {
    report.flare_check = a::within("flare_check", [&] { return a::flare_check_from_json(*check); });
    body.erase("flare_check");
  }
  report.feedback = p::feedback_from_json(body);
  // Warning signs sent with the session itself are screened with the flare check's, so they
  // pause the program and reach the care team by the same decision, never by adapt() alone.
  auto& sent = report.feedback.red_flags;
  if (!sent.empty()) {
    if (!report.flare_check) {
      report.flare_check.emplace();
      report.flare_check->pain_now = report.feedback.pain_after;
    }
    for (std::size_t i = 0; i < a::enum_count<a::RedFlag>(); ++i) {
      const auto flag = static_cast<a::RedFlag>(i);
      if (sent.contains(flag)) report.flare_check->red_flags.insert(flag);
    }
    sent = {};
  }
  return report;
}

void require_exercises_in(const p::ProgramState& state, const p::SessionFeedback& feedback) {
  for (std::size_t i = 0; i < feedback.exercises.size(); ++i) {
    const auto& id = feedback.exercises[i].exercise_id;
    const bool known =
        std::any_of(state.exercises.begin(), state.exercises.end(),
                    [&](const p::ExerciseState& e) { return e.current.exercise_id == id; });
    if (!known) {
      const auto field = "exercises[" + std::to_string(i) + "].exercise_id: \"" + id + "\"";
      throw http::bad_request(http::Said{field + " is not in your program today.",
                                         field + " no está hoy en tu programa."});
    }
  }
}

struct Outcome {
  std::string answer;
  bool replayed = false;
};

struct SessionWrite {
  SessionReport report;
  store::AuditEntry audit;
  const App* app;
  // The answer's language: every reason, name and piece of advice in it, since the engine reads
  // the content in it (core::KnowledgeBase::language). The answer is stored as said, so a resend
  // gets the same words back.
  core::Language language;
  std::shared_ptr<Outcome> outcome;

  void operator()(store::Connection& c) const {
    const std::string& member = audit.member_id;
    if (auto earlier = store::session_answer(c, member, report.client_id)) {
      outcome->answer = *earlier;
      outcome->replayed = true;
      auto read = audit;
      read.action = "read";
      store::append_audit(c, read);
      return;
    }
    const auto* content = &content_in(*app, language);
    auto in_force = program_in_force(c, member, *content, audit.at);
    if (!in_force) throw no_program_yet();
    // The flare check is judged here, with the intake's lasting history (journey_screen.hpp).
    std::optional<a::FlareOutcome> screen;
    if (report.flare_check) screen = recheck_with_history(c, member, *report.flare_check);
    const auto& plan = in_force->plan;
    auto& state = in_force->state;
    require_exercises_in(state, report.feedback);
    std::optional<care::AfterScreen> after;
    if (screen) {
      after =
          care::after_screen(standing_of(state), care::outcome_of(care::Screen::session, *screen));
      state.paused = after->paused;  // adapt() then answers with the pause and its reason
    }
    const int day = program_day(in_force->record.started_at, audit.at);
    const auto planned =
        p::session_for_day(p::current_program(state, *content), day, *content).exercises.size();
    const auto& feedback = report.feedback;
    auto adaptation = p::adapt(state, feedback, *content);
    if (plan) adaptation = p::keep_override(state, adaptation, plan->plan, *content);
    // What today's re-screen moved (a new trimester's limits) comes first among the changes.
    adaptation.changes.insert(adaptation.changes.begin(), in_force->rescreened.begin(),
                              in_force->rescreened.end());

    nlohmann::ordered_json answer;
    answer["changes"] = p::to_json(adaptation.changes)["changes"];
    answer["paused"] = adaptation.state.paused;
    if (screen) answer["flare_check"] = a::assessment_in(a::to_json(*screen), language);
    if (after) answer["advice"] = care::advice_in(*after, language);
    // Pain three or more points up: offer the flare check and a message to the therapist.
    if (const auto rise = p::pain_rise_to_check(feedback.pain_before, feedback.pain_after,
                                                report.flare_check.has_value())) {
      answer["pain_rise"] = {{"points", rise->points},
                             {"offer", p::pain_rise_offer(*rise, language)}};
    }
    answer["program"] = p::to_json(program_in(*app, adaptation.state, language));
    outcome->answer = answer.dump();

    const auto& next = adaptation.state;
    store::update_program_state(c, member, p::to_json(next).dump(), next.paused, audit.at);
    store::append_program_level(c, member,
                                {audit.at, std::string(p::phase_name(next.phase)), next.steps_up,
                                 next.sessions, next.paused});
    const auto done = std::count_if(feedback.exercises.begin(), feedback.exercises.end(),
                                    [](const p::ExerciseFeedback& e) { return e.done; });
    store::insert_session_log(
        c, {store::new_id(audit.at), member, report.client_id, audit.at, day, feedback.pain_before,
            feedback.pain_after, feedback.next_morning_pain, static_cast<std::int64_t>(done),
            static_cast<std::int64_t>(planned), report.body, outcome->answer});
    if (after && after->care_flag) {
      store::insert_care_flag(c, care_flag_row(member, *after->care_flag, audit.at));
    }
    store::append_audit(c, audit);
  }
};

asio::awaitable<Response> post_session(App& app, Request& request) {
  const auto& caller = require_member(request);
  auto report = read_report(request);
  auto outcome = std::make_shared<Outcome>();
  const auto language = answer_language(request);
  SessionWrite write{std::move(report),
                     member_audit(request, caller, "write", "session", app.clock.now_ms()), &app,
                     language, outcome};
  std::function<void(store::Connection&)> work = std::move(write);
  co_await http::durable_write(app.db, std::move(work));
  auto response =
      http::text_response(outcome->replayed ? 200 : 201, outcome->answer, "application/json");
  say_language(response, language);
  co_return response;
}

}  // namespace

void add_me_session_route(http::Router& router, App& app) {
  namespace s = http::schema;
  const auto answer =
      s::named("SessionAnswer",
               s::object({{"changes", changes_schema()},
                          {"paused", s::yes_no()},
                          {"flare_check?", flare_outcome_schema()},
                          {"advice?", s::text()},
                          {"pain_rise?", s::object({{"points", s::whole()}, {"offer", s::text()}})},
                          {"program", program_schema()}}));
  router.add(http::Route{
      "POST", "/api/v1/me/sessions",
      "How a session went ({client_id, pain_before, pain_after, next_morning_pain?, exercises, "
      "flare_check?}); answers what changed in your program and why. Sending the same client_id "
      "again returns the first answer. pain_rise {points, offer} when pain went up 3 or more "
      "points and no flare_check was sent: offer the flare check and a message to the therapist.",
      "journey", [&app](Request& request) { return post_session(app, request); }}
                 .for_roles({"member"})
                 .accepts(session_body_schema(),
                          {{"client_id", "2026-12-07-morning"},
                           {"pain_before", 3},
                           {"pain_after", 3},
                           {"exercises",
                            {{{"exercise_id", "bridge"}, {"pain", 2}, {"difficulty", "right"}}}}})
                 .answers(201, answer, "Stored and judged")
                 .answers(200, answer, "The same client_id again: the first answer"));
}

}  // namespace motus::api
