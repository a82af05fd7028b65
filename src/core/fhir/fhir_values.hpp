#pragma once
// The small FHIR building blocks every resource of the export uses.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace motus::core::fhir {

inline constexpr std::string_view kLoinc = "http://loinc.org";
// Motus's own codes for what has no LOINC code (the safety tier, the PSFS score): every
// Observation then carries a coding a receiving system can match on, not only text.
inline constexpr std::string_view kMotusCodes = "urn:motus:fhir:observation";
inline constexpr std::string_view kPainSeverity = "72514-3";

// "2024-03-05T14:07:09.120Z" (a FHIR instant, also a valid dateTime).
std::string instant_of(std::int64_t epoch_ms);

// A urn:uuid: that is the same for the same member and key every time, so a re-export does
// not invent new identities. The uuid carries version 8 (custom) as RFC 9562 asks for ids that
// are not random, time-based or name-hashed with MD5/SHA-1.
std::string uuid_for(std::string_view member_id, std::string_view key);

// `urn:uuid:...` for Bundle.entry.fullUrl and references; the bare uuid for Resource.id.
inline std::string urn_of(const std::string& uuid) { return "urn:uuid:" + uuid; }
inline nlohmann::ordered_json reference_to(const std::string& uuid) {
  return {{"reference", urn_of(uuid)}};
}

nlohmann::ordered_json loinc_concept(std::string_view code, std::string_view display);
// {coding: [{system: kMotusCodes, code, display}], text: display}
nlohmann::ordered_json motus_concept(std::string_view code, std::string_view display);

}  // namespace motus::core::fhir
