#pragma once
// The resource builders of the export, one file each. Each appends complete Bundle entries
// ({fullUrl, resource}) and refers to the Patient by `patient`.
#include <nlohmann/json.hpp>
#include <string>

#include "core/fhir/member_record.hpp"

namespace motus::core::fhir {

using Json = nlohmann::ordered_json;

// The resource wrapped as a Bundle entry with its urn:uuid: fullUrl and id.
Json entry_of(const std::string& uuid, Json resource);

Json patient_entry(const MemberIdentity& identity, const std::string& uuid);

void add_intake(const IntakeRecord& intake, const std::string& member_id,
                const std::string& patient, Json& entries);
void add_instrument(const ScoredInstrument& scored, std::size_t index, const std::string& member_id,
                    const std::string& patient, Json& entries);
// A pain 0–10 Observation (LOINC 72514-3).
Json pain_entry(int pain, std::int64_t at_ms, const std::string& note, const std::string& uuid,
                const std::string& patient);
// A video visit as an Encounter: class VR (virtual), finished or in progress, with its period
// and length in minutes.
Json encounter_entry(const VideoVisit& visit, const std::string& uuid, const std::string& patient);
void add_care_plan(const MemberRecord& record, const std::string& patient, Json& entries);

}  // namespace motus::core::fhir
