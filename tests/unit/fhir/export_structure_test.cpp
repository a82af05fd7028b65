// The bundle's shape beside the schema: every reference resolves inside the bundle, the LOINC
// codes of docs/clinical-sources.md §6 are where they belong, and the same record gives the same
// bundle.
#include <gtest/gtest.h>

#include <set>

#include "core/fhir/export_bundle.hpp"
#include "core/fhir/fhir_values.hpp"
#include "record_shapes.hpp"

namespace {

using motus::core::fhir::export_bundle;
using Json = nlohmann::ordered_json;

std::vector<Json> resources_of(const Json& bundle, const std::string& type) {
  std::vector<Json> found;
  for (const auto& entry : bundle["entry"]) {
    if (entry["resource"]["resourceType"] == type) found.push_back(entry["resource"]);
  }
  return found;
}

// Every {"reference": ...} anywhere in `value`.
void collect_references(const Json& value, std::vector<std::string>& references) {
  if (value.is_object()) {
    for (const auto& [key, part] : value.items()) {
      if (key == "reference" && part.is_string()) references.push_back(part.get<std::string>());
      collect_references(part, references);
    }
  } else if (value.is_array()) {
    for (const auto& part : value) collect_references(part, references);
  }
}

bool has_loinc(const Json& observation, const std::string& code) {
  for (const auto& coding : observation["code"].value("coding", Json::array())) {
    if (coding["system"] == "http://loinc.org" && coding["code"] == code) return true;
  }
  return false;
}

std::vector<Json> with_loinc(const Json& bundle, const std::string& code) {
  std::vector<Json> found;
  for (const auto& observation : resources_of(bundle, "Observation")) {
    if (has_loinc(observation, code)) found.push_back(observation);
  }
  return found;
}

const Json& bundle_of_full_journey() {
  static const Json bundle = export_bundle(motus::test::full_journey(), motus::test::kMarch2024);
  return bundle;
}

TEST(FhirExport, IsACollectionWhoseReferencesAllResolve) {
  const Json& bundle = bundle_of_full_journey();
  EXPECT_EQ(bundle["resourceType"], "Bundle");
  EXPECT_EQ(bundle["type"], "collection");
  std::set<std::string> full_urls;
  for (const auto& entry : bundle["entry"]) {
    const std::string url = entry["fullUrl"];
    EXPECT_TRUE(url.starts_with("urn:uuid:")) << url;
    EXPECT_EQ(url, "urn:uuid:" + entry["resource"]["id"].get<std::string>());
    EXPECT_TRUE(full_urls.insert(url).second) << "two entries share " << url;
  }
  std::vector<std::string> references;
  collect_references(bundle, references);
  EXPECT_GT(references.size(), 10u);
  for (const auto& reference : references) {
    EXPECT_TRUE(full_urls.contains(reference)) << reference << " points outside the bundle";
  }
}

TEST(FhirExport, HoldsEachKindOfResource) {
  const Json& bundle = bundle_of_full_journey();
  ASSERT_EQ(resources_of(bundle, "Patient").size(), 1u);
  const Json patient = resources_of(bundle, "Patient")[0];
  EXPECT_EQ(patient["birthDate"], "1985-12-10");
  EXPECT_EQ(patient["name"][0]["given"][1], "May");
  // the intake and three instruments
  EXPECT_EQ(resources_of(bundle, "QuestionnaireResponse").size(), 4u);
  EXPECT_EQ(resources_of(bundle, "Goal").size(), 2u);
  const auto plans = resources_of(bundle, "CarePlan");
  ASSERT_EQ(plans.size(), 1u);
  EXPECT_EQ(plans[0]["status"], "active");
  EXPECT_EQ(plans[0]["goal"].size(), 2u);
  EXPECT_EQ(plans[0]["activity"][0]["detail"]["code"]["text"], "bridge");
  EXPECT_EQ(plans[0]["activity"][0]["detail"]["description"],
            "2 sets of 10, rest 30 seconds. Strong buttock muscles steady the SI joint.");
}

TEST(FhirExport, AVideoVisitIsAVirtualEncounter) {
  const auto encounters = resources_of(bundle_of_full_journey(), "Encounter");
  ASSERT_EQ(encounters.size(), 2u);
  const Json& held = encounters[0];
  EXPECT_EQ(held["status"], "finished");
  EXPECT_EQ(held["class"]["code"], "VR");
  EXPECT_EQ(held["identifier"][0]["value"], "visit-1");
  EXPECT_EQ(held["period"]["start"], "2024-03-04T00:00:00.000Z");
  EXPECT_EQ(held["period"]["end"], "2024-03-04T00:26:00.000Z");
  EXPECT_EQ(held["length"]["value"], 26);
  EXPECT_EQ(held["length"]["code"], "min");
  EXPECT_EQ(
      held["subject"]["reference"],
      "urn:uuid:" + resources_of(bundle_of_full_journey(), "Patient")[0]["id"].get<std::string>());
  // Going on now: no end, no length.
  EXPECT_EQ(encounters[1]["status"], "in-progress");
  EXPECT_FALSE(encounters[1]["period"].contains("end"));
  EXPECT_FALSE(encounters[1].contains("length"));
}

TEST(FhirExport, PainIsLoinc72514WithAnIntegerAndATime) {
  const auto pains = with_loinc(bundle_of_full_journey(), "72514-3");
  // two check-ins, before and after one session, and the NPRS score
  ASSERT_EQ(pains.size(), 5u);
  EXPECT_EQ(pains[0]["valueInteger"], 6);  // NPRS comes with the instruments, first
  EXPECT_EQ(pains[1]["valueInteger"], 5);
  EXPECT_EQ(pains[1]["effectiveDateTime"], "2024-03-02T00:00:00.000Z");
  EXPECT_EQ(pains[3]["valueInteger"], 5);
  EXPECT_EQ(pains[4]["valueInteger"], 3);
  EXPECT_EQ(pains[4]["effectiveDateTime"], "2024-03-02T00:20:00.000Z");
}

TEST(FhirExport, StartBackScoresCarryTheirLoincCodes) {
  const Json& bundle = bundle_of_full_journey();
  // 1+1+0+1 + distress (1+1+1+0+1) = 7, distress 4 → high risk
  const auto total = with_loinc(bundle, "91351-7");
  ASSERT_EQ(total.size(), 1u);
  EXPECT_EQ(total[0]["valueInteger"], 7);
  const auto distress = with_loinc(bundle, "91350-9");
  ASSERT_EQ(distress.size(), 1u);
  EXPECT_EQ(distress[0]["valueInteger"], 4);
  const auto risk = with_loinc(bundle, "91352-5");
  ASSERT_EQ(risk.size(), 1u);
  EXPECT_EQ(risk[0]["valueCodeableConcept"]["coding"][0]["code"], "LA9193-9");
}

TEST(FhirExport, AMeanScoreIsAQuantity) {
  for (const auto& observation : resources_of(bundle_of_full_journey(), "Observation")) {
    if (observation["code"].value("text", "") != "Things you want to be able to do score") {
      continue;
    }
    ASSERT_TRUE(observation.contains("valueQuantity")) << observation.dump();
    EXPECT_EQ(observation["valueQuantity"]["value"], 4.0);  // (3 + 5 + 4) / 3
    return;
  }
  ADD_FAILURE() << "no PSFS score observation";
}

// Every Observation has a coding, LOINC where there is a code and Motus's own otherwise: the
// safety tier and the PSFS score had only text before.
TEST(FhirExport, EveryObservationCarriesACode) {
  std::set<std::string> motus_codes;
  for (const auto& observation : resources_of(bundle_of_full_journey(), "Observation")) {
    const auto codings = observation["code"].value("coding", Json::array());
    ASSERT_FALSE(codings.empty()) << observation.dump();
    EXPECT_TRUE(codings[0].contains("system") && codings[0].contains("code")) << observation.dump();
    if (codings[0]["system"] == "urn:motus:fhir:observation")
      motus_codes.insert(codings[0]["code"]);
  }
  EXPECT_TRUE(motus_codes.contains("safety-tier"));
  EXPECT_TRUE(motus_codes.contains("psfs-score"));
}

TEST(FhirExport, TheSameRecordGivesTheSameBundle) {
  const Json again = export_bundle(motus::test::full_journey(), motus::test::kMarch2024);
  EXPECT_EQ(again.dump(), bundle_of_full_journey().dump());
  const Json other = export_bundle(motus::test::paused_program(), motus::test::kMarch2024);
  EXPECT_NE(other["entry"][0]["fullUrl"], bundle_of_full_journey()["entry"][0]["fullUrl"]);
}

TEST(FhirExport, APausedProgramIsOnHold) {
  const Json bundle = export_bundle(motus::test::paused_program(), motus::test::kMarch2024);
  const auto plans = resources_of(bundle, "CarePlan");
  ASSERT_EQ(plans.size(), 1u);
  EXPECT_EQ(plans[0]["status"], "on-hold");
  EXPECT_EQ(plans[0]["activity"][0]["detail"]["status"], "on-hold");
  EXPECT_FALSE(plans[0].contains("goal"));
}

TEST(FhirExport, RejectsRecordsItCannotExport) {
  auto record = motus::test::identity_only();
  record.identity.birth_date = "10/12/1985";
  EXPECT_THROW(export_bundle(record, 0), std::invalid_argument);
  record = motus::test::identity_only();
  record.check_ins = {{0, 11}};
  EXPECT_THROW(export_bundle(record, 0), std::invalid_argument);
  record.identity.id.clear();
  EXPECT_THROW(export_bundle(record, 0), std::invalid_argument);
  record = motus::test::identity_only();
  record.visits = {{"visit-1", 5000, 4000}};
  EXPECT_THROW(export_bundle(record, 0), std::invalid_argument);
  record.visits = {{"", 5000, std::nullopt}};
  EXPECT_THROW(export_bundle(record, 0), std::invalid_argument);
}

TEST(FhirValues, InstantsAndUuids) {
  EXPECT_EQ(motus::core::fhir::instant_of(0), "1970-01-01T00:00:00.000Z");
  EXPECT_EQ(motus::core::fhir::instant_of(1709294829120), "2024-03-01T12:07:09.120Z");
  const auto uuid = motus::core::fhir::uuid_for("member-42", "patient");
  ASSERT_EQ(uuid.size(), 36u);
  EXPECT_EQ(uuid[14], '8');  // version 8
  EXPECT_NE(uuid, motus::core::fhir::uuid_for("member-42", "intake"));
}

}  // namespace
