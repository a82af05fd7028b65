#pragma once
// Everything the FHIR export says about one member, as plain values the caller gathers from
// the store. Times are epoch milliseconds passed in, never read from a clock.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/assessment/assessment.hpp"
#include "core/instruments/response.hpp"
#include "core/program/program.hpp"

namespace motus::core::fhir {

struct MemberIdentity {
  std::string id;  // the member's id in Motus
  std::vector<std::string> given_names;
  std::string family_name;
  std::optional<std::string> birth_date;  // YYYY-MM-DD
};

struct IntakeRecord {
  std::int64_t answered_at_ms = 0;
  nlohmann::json answers;  // the validated intake document as the member sent it
  assessment::Assessment assessment;
};

struct PainCheckIn {
  std::int64_t at_ms = 0;
  int pain = 0;  // 0–10
};

struct ScoredInstrument {
  instruments::InstrumentDefinition definition;
  instruments::InstrumentResponse response;
  instruments::InstrumentScore score;
};

struct SessionRecord {
  std::int64_t started_at_ms = 0;
  std::int64_t ended_at_ms = 0;
  int pain_before = 0;
  int pain_after = 0;
};

enum class GoalStatus { proposed, active, completed, cancelled };

struct MemberGoal {
  std::string description;  // in the member's words
  GoalStatus status = GoalStatus::active;
  std::optional<std::int64_t> set_at_ms;
};

struct CurrentProgram {
  program::Program program;
  bool paused = false;  // a warning sign stopped exercise until a clinician has seen them
  std::int64_t started_at_ms = 0;
};

// A video visit with the therapist (api/visits): when both were in the room, until the last
// one left (no end while it is going on). The therapist's visit note is the care team's, like
// their clinical notes, and is not part of the member's export.
struct VideoVisit {
  std::string id;  // the visit's id in Motus
  std::int64_t started_at_ms = 0;
  std::optional<std::int64_t> ended_at_ms;
};

struct MemberRecord {
  MemberIdentity identity;
  std::optional<IntakeRecord> intake;
  std::vector<PainCheckIn> check_ins;
  std::vector<ScoredInstrument> instruments;
  std::vector<SessionRecord> sessions;
  std::optional<CurrentProgram> program;
  std::vector<MemberGoal> goals;
  std::vector<VideoVisit> visits;
};

}  // namespace motus::core::fhir
