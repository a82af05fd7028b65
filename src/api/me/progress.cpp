// GET /api/v1/me/progress: ready-to-chart series of the member's pain (check-ins and
// sessions), how steady they have been (sessions done against days planned, the streak), the
// program's level after each change, and each questionnaire's scores over time.
#include "api/shared/journey.hpp"
#include "api/shared/journey_override.hpp"
#include "core/program/training_days.hpp"
#include "http/db_await.hpp"
#include "store/instrument_response_repository.hpp"
#include "store/journey_checkin_repository.hpp"
#include "store/journey_session_repository.hpp"

namespace motus::api {

namespace asio = boost::asio;
namespace p = core::program;
using http::Request;
using http::Response;

namespace {

struct History {
  std::optional<store::ProgramRecord> program;
  std::optional<TherapistPlan> plan;
  std::vector<store::ProgramLevel> levels;
  std::vector<store::SessionLog> sessions;
  std::vector<store::Checkin> checkins;
  std::vector<store::StoredInstrumentResponse> responses;
};

History history_of(App& app, const std::string& member_id) {
  History history;
  app.db.read([&](store::Connection& c) {
    history.program = store::find_program(c, member_id);
    history.plan = therapist_plan(c, member_id);
    history.levels = store::program_levels(c, member_id);
    history.sessions = store::session_logs(c, member_id);
    history.checkins = store::checkins(c, member_id);
    history.responses = store::instrument_responses(c, member_id);
  });
  return history;
}

nlohmann::ordered_json pain_series(const History& history) {
  nlohmann::ordered_json checkins = nlohmann::ordered_json::array();
  for (const auto& c : history.checkins) {
    nlohmann::ordered_json point;
    point["at"] = c.at;
    point["pain"] = c.pain;
    point["flare"] = c.flare;
    checkins.push_back(std::move(point));
  }
  nlohmann::ordered_json sessions = nlohmann::ordered_json::array();
  for (const auto& s : history.sessions) {
    nlohmann::ordered_json point;
    point["at"] = s.at;
    point["pain_before"] = s.pain_before;
    point["pain_after"] = s.pain_after;
    point["next_morning_pain"] =
        s.next_morning_pain ? nlohmann::ordered_json(*s.next_morning_pain) : nullptr;
    point["exercises_done"] = s.exercises_done;
    point["exercises_planned"] = s.exercises_planned;
    sessions.push_back(std::move(point));
  }
  nlohmann::ordered_json pain;
  pain["checkins"] = std::move(checkins);
  pain["sessions"] = std::move(sessions);
  return pain;
}

nlohmann::ordered_json adherence_of(const History& history, const core::KnowledgeBase& content,
                                    std::int64_t now) {
  nlohmann::ordered_json out;
  out["sessions_done"] = history.sessions.size();
  if (!history.program) {
    out["planned_days"] = 0;
    out["active_days"] = 0;
    out["streak_days"] = 0;
    return out;
  }
  std::vector<int> days;
  for (const auto& s : history.sessions) {
    if (s.at >= history.program->started_at) days.push_back(static_cast<int>(s.program_day));
  }
  const auto state = followed_state(program_state(*history.program), history.plan, content);
  const auto program = p::current_program(state, content);
  const auto result =
      p::adherence(program, content, days, program_day(history.program->started_at, now));
  out["planned_days"] = result.planned_days;
  out["active_days"] = result.active_days;
  out["streak_days"] = result.streak_days;
  return out;
}

nlohmann::ordered_json level_series(const History& history) {
  nlohmann::ordered_json levels = nlohmann::ordered_json::array();
  for (const auto& l : history.levels) {
    nlohmann::ordered_json point;
    point["at"] = l.at;
    point["phase"] = l.phase;
    point["steps_up"] = l.steps_up;
    point["sessions"] = l.sessions;
    point["paused"] = l.paused;
    levels.push_back(std::move(point));
  }
  return levels;
}

// Per instrument id, its scores oldest first: {"phq9": [{taken_at, score, band}], ...}.
nlohmann::ordered_json instrument_series(const History& history) {
  nlohmann::ordered_json series = nlohmann::ordered_json::object();
  for (const auto& response : history.responses) {
    nlohmann::ordered_json point;
    point["taken_at"] = response.taken_at;
    point["score"] = response.score;
    point["band"] = response.band ? nlohmann::ordered_json(*response.band) : nullptr;
    series[response.instrument].push_back(std::move(point));
  }
  return series;
}

asio::awaitable<Response> get_progress(App& app, Request& request) {
  const auto& caller = require_member(request);
  const auto now = app.clock.now_ms();
  const History history = history_of(app, caller.user_id);
  nlohmann::ordered_json body;
  body["pain"] = pain_series(history);
  body["adherence"] = adherence_of(history, app.content, now);
  body["levels"] = level_series(history);
  body["instruments"] = instrument_series(history);
  const auto audit = member_audit(request, caller, "read", "progress", now);
  std::function<void(store::Connection&)> work = [audit](store::Connection& c) {
    store::append_audit(c, audit);
  };
  co_await http::durable_write(app.db, std::move(work));
  auto response = ordered_json_response(200, body);
  co_return response;
}

}  // namespace

void add_me_progress_route(http::Router& router, App& app) {
  namespace s = http::schema;
  const auto pain = s::whole(0, 10);
  router.add(
      http::Route{
          "GET", "/api/v1/me/progress",
          "Your pain over time (check-ins and sessions), sessions done against days planned, your "
          "streak, your program's level over time, and each questionnaire's scores over time "
          "(instruments: {id: [{taken_at, score, band}]}).",
          "journey", [&app](Request& request) { return get_progress(app, request); }}
          .for_roles({"member"})
          .answers(
              200,
              s::object(
                  {{"pain",
                    s::object({{"checkins",
                                s::list(s::object(
                                    {{"at", s::whole()}, {"pain", pain}, {"flare", s::yes_no()}}))},
                               {"sessions",
                                s::list(s::object({{"at", s::whole()},
                                                   {"pain_before", pain},
                                                   {"pain_after", pain},
                                                   {"next_morning_pain", s::nullable(pain)},
                                                   {"exercises_done", s::whole_from(0)},
                                                   {"exercises_planned", s::whole_from(0)}}))}})},
                   {"adherence", s::object({{"sessions_done", s::whole_from(0)},
                                            {"planned_days", s::whole_from(0)},
                                            {"active_days", s::whole_from(0)},
                                            {"streak_days", s::whole_from(0)}})},
                   {"levels", s::list(s::object({{"at", s::whole()},
                                                 {"phase", s::text()},
                                                 {"steps_up", s::whole()},
                                                 {"sessions", s::whole_from(0)},
                                                 {"paused", s::yes_no()}}))},
                   {"instruments",
                    s::map_of(s::list(s::object({{"taken_at", s::whole()},
                                                 {"score", s::number()},
                                                 {"band", s::nullable(s::text())}})))}})));
}

}  // namespace motus::api
