#pragma once
// A member's whole record as the store holds it, gathered in one read so the export and the
// printable report see one consistent moment, and its mapping to the FHIR export's
// MemberRecord (the program is rebuilt from its stored state with the knowledge base).
#include <optional>
#include <string>
#include <vector>

#include "core/content/knowledge_base.hpp"
#include "core/fhir/member_record.hpp"
#include "core/instruments/instrument.hpp"
#include "store/db.hpp"
#include "store/instrument_response_repository.hpp"
#include "store/journey_checkin_repository.hpp"
#include "store/journey_program_repository.hpp"
#include "store/journey_session_repository.hpp"
#include "store/user_repository.hpp"
#include "store/visit_repository.hpp"

namespace motus::store {

struct StoredMemberRecord {
  User user;
  std::optional<IntakeRecord> intake;  // the newest
  std::optional<ProgramRecord> program;
  std::vector<ProgramLevel> levels;
  std::vector<SessionLog> sessions;
  std::vector<Checkin> checkins;
  std::vector<StoredInstrumentResponse> instrument_responses;
  std::vector<Visit> visits;  // newest first
};

// nullopt when no account has this id. Call inside Db::read.
std::optional<StoredMemberRecord> load_member_record(Connection& connection,
                                                     const std::string& member_id);

// The export's view of the record. The intake's assessment is the one stored with it (tier and
// ranked patterns), so the export says what the member was told at the time. Each
// questionnaire response is scored again with its definition for its subscales; the stored
// score and band stand when the definition has changed or a deployment removed it (then the
// response is exported with its answers only as far as the definition still names them).
core::fhir::MemberRecord to_fhir_record(
    const StoredMemberRecord& stored, const core::KnowledgeBase& content,
    const std::vector<core::instruments::InstrumentDefinition>& instruments);

}  // namespace motus::store
