#include "store/member_record_repository.hpp"

#include <nlohmann/json.hpp>

#include "core/assessment/enum_names.hpp"
#include "core/program/program_json.hpp"
#include "core/program/program_state.hpp"

namespace motus::store {

namespace {

namespace a = core::assessment;
namespace fhir = core::fhir;

// Only what the export shows of an assessment: the tier and the ranked patterns with the
// evidence behind each.
a::Assessment stored_assessment(const std::string& text) {
  const auto json = nlohmann::json::parse(text);
  a::Assessment assessment;
  assessment.tier =
      a::enum_from_name<a::Tier>(json.at("tier").get<std::string>()).value_or(a::Tier::routine);
  for (const auto& pattern : json.value("patterns", nlohmann::json::array())) {
    const auto id = a::enum_from_name<a::Pattern>(pattern.at("id").get<std::string>());
    if (!id) continue;
    assessment.patterns.push_back(
        {*id, pattern.value("score", 0.0), pattern.value("evidence", std::vector<std::string>{})});
  }
  return assessment;
}

}  // namespace

std::optional<StoredMemberRecord> load_member_record(Connection& connection,
                                                     const std::string& member_id) {
  auto user = find_user_by_id(connection, member_id);
  if (!user) return std::nullopt;
  StoredMemberRecord stored;
  stored.user = std::move(*user);
  stored.intake = latest_intake(connection, member_id);
  stored.program = find_program(connection, member_id);
  stored.levels = program_levels(connection, member_id);
  stored.sessions = session_logs(connection, member_id);
  stored.checkins = checkins(connection, member_id);
  return stored;
}

fhir::MemberRecord to_fhir_record(const StoredMemberRecord& stored,
                                  const core::KnowledgeBase& content) {
  fhir::MemberRecord record;
  record.identity.id = stored.user.id;
  record.identity.given_names = {stored.user.first_name};
  record.identity.family_name = stored.user.last_name;
  if (!stored.user.date_of_birth.empty()) record.identity.birth_date = stored.user.date_of_birth;
  if (stored.intake) {
    fhir::IntakeRecord intake;
    intake.answered_at_ms = stored.intake->created_at;
    intake.answers = nlohmann::json::parse(stored.intake->intake);
    intake.assessment = stored_assessment(stored.intake->assessment);
    record.intake = std::move(intake);
  }
  for (const auto& checkin : stored.checkins) {
    record.check_ins.push_back({checkin.at, static_cast<int>(checkin.pain)});
  }
  // A session is logged once, when it ends; its start is not recorded.
  for (const auto& session : stored.sessions) {
    record.sessions.push_back({session.at, session.at, static_cast<int>(session.pain_before),
                               static_cast<int>(session.pain_after)});
  }
  if (stored.program) {
    const auto state = core::program::state_from_json(nlohmann::json::parse(stored.program->state));
    record.program = fhir::CurrentProgram{core::program::current_program(state, content),
                                          stored.program->paused, stored.program->started_at};
  }
  return record;
}

}  // namespace motus::store
