#pragma once
// A member's record as a FHIR R4 Bundle of type "collection": Patient, QuestionnaireResponse
// (the intake and each instrument), Observation (pain 0–10 as LOINC 72514-3, instrument scores
// with their LOINC codes), CarePlan and Goal. Every resource has a urn:uuid: fullUrl and
// refers to the others by it; the uuids are derived from the member id, so the same record
// always gives the same bundle (docs/clinical-sources.md §6).
#include <cstdint>
#include <nlohmann/json.hpp>

#include "core/fhir/member_record.hpp"

namespace motus::core::fhir {

// `exported_at_ms` stamps the bundle. Throws std::invalid_argument for a record that cannot
// be exported: no member id, a birth date that is not YYYY-MM-DD, a pain outside 0–10.
nlohmann::ordered_json export_bundle(const MemberRecord& record, std::int64_t exported_at_ms);

}  // namespace motus::core::fhir
