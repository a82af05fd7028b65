#include "api/care_member_journey.hpp"

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

nlohmann::json program_json(const std::optional<store::ProgramRecord>& program) {
  if (!program) return nullptr;
  return {{"started_at", program->started_at},
          {"updated_at", program->updated_at},
          {"paused", program->paused},
          {"state", nlohmann::json::parse(program->state)}};
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
    flags.push_back({{"kind", flag.kind},
                     {"source", flag.source},
                     {"reason_codes", nlohmann::json::parse(flag.reason_codes)},
                     {"created_at", flag.created_at},
                     {"open", !flag.resolved_at.has_value()}});
  }
  return {{"sessions", sessions},
          {"checkins", checkins},
          {"program_levels", levels},
          {"care_flags", flags}};
}

}  // namespace

nlohmann::json member_journey_json(store::Connection& connection, const std::string& member_id) {
  return {{"intake", intake_json(store::latest_intake(connection, member_id))},
          {"program", program_json(store::find_program(connection, member_id))},
          {"history", history_json(connection, member_id)}};
}

}  // namespace motus::api
