#include "store/member_record_repository.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/assessment/enum_names.hpp"
#include "core/assessment/input_error.hpp"
#include "core/instruments/response.hpp"
#include "core/program/program_json.hpp"
#include "core/program/program_state.hpp"

namespace motus::store {

namespace {

namespace a = core::assessment;
namespace fhir = core::fhir;
namespace ins = core::instruments;

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

// A definition that names only the instrument, for a response whose definition this server no
// longer has: the score is kept as a decimal so nothing is rounded away.
ins::InstrumentDefinition bare_definition(const std::string& id) {
  ins::InstrumentDefinition definition;
  definition.id = id;
  definition.title = "Questionnaire " + id;
  definition.scoring.kind = ins::ScoreKind::mean;
  return definition;
}

fhir::ScoredInstrument scored_instrument(
    const StoredInstrumentResponse& stored,
    const std::vector<ins::InstrumentDefinition>& instruments) {
  const auto known = std::find_if(instruments.begin(), instruments.end(),
                                  [&](const auto& d) { return d.id == stored.instrument; });
  fhir::ScoredInstrument scored;
  scored.definition = known == instruments.end() ? bare_definition(stored.instrument) : *known;
  scored.response.instrument_id = stored.instrument;
  scored.response.answered_at_ms = stored.taken_at;
  scored.response.answers = ins::read_response({{"instrument", stored.instrument},
                                                {"answers", nlohmann::json::parse(stored.answers)}})
                                .answers;
  try {
    scored.score = ins::score_answers(scored.definition, scored.response.answers);
  } catch (const core::assessment::InputError&) {
    scored.score.value = stored.score;
    const auto& bands = scored.definition.scoring.bands;
    const auto band = std::find_if(bands.begin(), bands.end(),
                                   [&](const ins::Band& b) { return stored.band == b.code; });
    if (band != bands.end()) scored.score.band = *band;
  }
  return scored;
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
  stored.instrument_responses = instrument_responses(connection, member_id);
  stored.visits = visits_of(connection, member_id);
  return stored;
}

fhir::MemberRecord to_fhir_record(const StoredMemberRecord& stored,
                                  const core::KnowledgeBase& content,
                                  const std::vector<ins::InstrumentDefinition>& instruments) {
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
  for (const auto& response : stored.instrument_responses) {
    record.instruments.push_back(scored_instrument(response, instruments));
  }
  // A session is logged once, when it ends; its start is not recorded.
  for (const auto& session : stored.sessions) {
    record.sessions.push_back({session.at, session.at, static_cast<int>(session.pain_before),
                               static_cast<int>(session.pain_after)});
  }
  // Oldest first, as the export lists everything else.
  for (auto visit = stored.visits.rbegin(); visit != stored.visits.rend(); ++visit) {
    record.visits.push_back({visit->id, visit->started_at, visit->ended_at});
  }
  if (stored.program) {
    const auto state = core::program::state_from_json(nlohmann::json::parse(stored.program->state));
    record.program = fhir::CurrentProgram{core::program::current_program(state, content),
                                          stored.program->paused, stored.program->started_at};
  }
  return record;
}

}  // namespace motus::store
