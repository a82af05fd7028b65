#include "core/fhir/bundle_entries.hpp"
#include "core/fhir/fhir_values.hpp"

namespace motus::core::fhir {

Json encounter_entry(const VideoVisit& visit, const std::string& uuid, const std::string& patient) {
  Json period = {{"start", instant_of(visit.started_at_ms)}};
  if (visit.ended_at_ms) period["end"] = instant_of(*visit.ended_at_ms);
  Json encounter = {{"resourceType", "Encounter"},
                    {"identifier", {{{"value", visit.id}}}},
                    {"status", visit.ended_at_ms ? "finished" : "in-progress"},
                    {"class",
                     {{"system", "http://terminology.hl7.org/CodeSystem/v3-ActCode"},
                      {"code", "VR"},
                      {"display", "virtual"}}},
                    {"type", {{{"text", "Video visit with a physical therapist"}}}},
                    {"subject", reference_to(patient)},
                    {"period", period}};
  if (visit.ended_at_ms) {
    encounter["length"] = {{"value", (*visit.ended_at_ms - visit.started_at_ms) / 60'000},
                           {"unit", "min"},
                           {"system", "http://unitsofmeasure.org"},
                           {"code", "min"}};
  }
  return entry_of(uuid, std::move(encounter));
}

}  // namespace motus::core::fhir
