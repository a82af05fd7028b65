#include "api/care/member_journey.hpp"

#include "api/shared/journey_override.hpp"
#include "api/shared/language.hpp"
#include "core/program/dose_words.hpp"
#include "core/program/program_json.hpp"
#include "http/json_schema.hpp"
#include "store/journey_care_flag_repository.hpp"
#include "store/journey_checkin_repository.hpp"
#include "store/journey_program_repository.hpp"
#include "store/journey_session_repository.hpp"

namespace motus::api {
namespace {

nlohmann::json intake_json(const std::optional<store::IntakeRecord>& intake) {
  if (!intake) return nullptr;
  return {{"id", intake->id},
          {"created_at", intake->created_at},
          {"tier", intake->tier},
          {"intake", nlohmann::json::parse(intake->intake)},
          {"assessment", nlohmann::json::parse(intake->assessment)}};
}

// The program in force, as the member's own program read shows it: state and program carry the
// therapist's plan when there is one, and therapist_change says who set it.
nlohmann::json program_json(const std::optional<ProgramInForce>& program, const App& app,
                            core::Language language) {
  if (!program) return nullptr;
  namespace p = core::program;
  // Each exercise's current dose carries its words, as the member's program does.
  auto state = p::to_json(program->state);
  for (std::size_t i = 0; i < program->state.exercises.size(); ++i) {
    state["exercises"][i]["current"]["dose_words"] =
        p::dose_words(program->state.exercises[i].current.dose, language);
  }
  return {{"started_at", program->record.started_at},
          {"updated_at", program->record.updated_at},
          {"paused", program->state.paused},
          {"state", state},
          {"program", p::to_json(program_in(app, program->state, language))},
          {"therapist_change", therapist_change_json(program->plan, language)}};
}

nlohmann::json history_json(store::Connection& connection, const std::string& member_id) {
  nlohmann::json sessions = nlohmann::json::array();
  for (const auto& session : store::session_logs(connection, member_id)) {
    sessions.push_back(
        {{"at", session.at},
         {"program_day", session.program_day},
         {"pain_before", session.pain_before},
         {"pain_after", session.pain_after},
         {"next_morning_pain",
          session.next_morning_pain ? nlohmann::json(*session.next_morning_pain) : nullptr},
         {"exercises_done", session.exercises_done},
         {"exercises_planned", session.exercises_planned}});
  }
  nlohmann::json checkins = nlohmann::json::array();
  for (const auto& checkin : store::checkins(connection, member_id)) {
    checkins.push_back({{"at", checkin.at},
                        {"pain", checkin.pain},
                        {"flare", checkin.flare},
                        {"notes", checkin.notes ? nlohmann::json(*checkin.notes) : nullptr}});
  }
  nlohmann::json levels = nlohmann::json::array();
  for (const auto& level : store::program_levels(connection, member_id)) {
    levels.push_back({{"at", level.at},
                      {"phase", level.phase},
                      {"steps_up", level.steps_up},
                      {"sessions", level.sessions},
                      {"paused", level.paused}});
  }
  nlohmann::json flags = nlohmann::json::array();
  for (const auto& flag : store::care_flags(connection, member_id)) {
    nlohmann::json item = {{"id", flag.id},
                           {"kind", flag.kind},
                           {"source", flag.source},
                           {"reason_codes", nlohmann::json::parse(flag.reason_codes)},
                           {"created_at", flag.created_at},
                           {"open", !flag.resolved_at.has_value()}};
    if (flag.resolved_at) {
      item["handled"] = {
          {"at", *flag.resolved_at},
          {"by", flag.resolved_by_name.empty() ? nlohmann::json(nullptr)
                                               : nlohmann::json(flag.resolved_by_name)},
          {"note", flag.resolution_note}};
    }
    flags.push_back(std::move(item));
  }
  return {{"sessions", sessions},
          {"checkins", checkins},
          {"program_levels", levels},
          {"care_flags", flags}};
}

}  // namespace

nlohmann::json member_history_schema() {
  namespace s = http::schema;
  const auto pain = s::whole(0, 10);
  return s::named(
      "MemberHistory",
      s::object({{"sessions", s::list(s::object({{"at", s::whole()},
                                                 {"program_day", s::whole()},
                                                 {"pain_before", pain},
                                                 {"pain_after", pain},
                                                 {"next_morning_pain", s::nullable(pain)},
                                                 {"exercises_done", s::whole_from(0)},
                                                 {"exercises_planned", s::whole_from(0)}}))},
                 {"checkins", s::list(s::object({{"at", s::whole()},
                                                 {"pain", pain},
                                                 {"flare", s::yes_no()},
                                                 {"notes", s::nullable(s::text())}}))},
                 {"program_levels", s::list(s::object({{"at", s::whole()},
                                                       {"phase", s::text()},
                                                       {"steps_up", s::whole()},
                                                       {"sessions", s::whole_from(0)},
                                                       {"paused", s::yes_no()}}))},
                 {"care_flags", s::list(s::object({{"kind", s::text()},
                                                   {"source", s::text()},
                                                   {"reason_codes", s::list(s::text())},
                                                   {"created_at", s::whole()},
                                                   {"open", s::yes_no()}}))}}));
}

nlohmann::json member_journey_json(store::Connection& connection, const std::string& member_id,
                                   const App& app, core::Language language, std::int64_t now_ms) {
  return {{"intake", intake_json(store::latest_intake(connection, member_id))},
          {"program", program_json(program_in_force(connection, member_id, app.content, now_ms),
                                   app, language)},
          {"history", history_json(connection, member_id)}};
}

}  // namespace motus::api
