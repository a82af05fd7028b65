// The intake and each instrument as QuestionnaireResponse; instrument scores as Observations
// derived from their response.
#include <algorithm>
#include <cmath>

#include "core/fhir/bundle_entries.hpp"
#include "core/fhir/fhir_values.hpp"

namespace motus::core::fhir {
namespace {

// One intake answer as FHIR answers: lists give one answer per entry; objects become nested
// items (see items_of). Nothing for an empty list or a null.
Json answers_of(const nlohmann::json& value) {
  Json answers = Json::array();
  const auto add = [&](const nlohmann::json& one) {
    if (one.is_boolean()) answers.push_back({{"valueBoolean", one.get<bool>()}});
    if (one.is_number_integer()) answers.push_back({{"valueInteger", one.get<std::int64_t>()}});
    if (one.is_number_float()) answers.push_back({{"valueDecimal", one.get<double>()}});
    if (one.is_string()) answers.push_back({{"valueString", one.get<std::string>()}});
  };
  if (value.is_array()) {
    for (const auto& one : value) add(one);
  } else {
    add(value);
  }
  return answers;
}

// The intake's fields as items named by their JSON path ("red_flags.fever").
Json items_of(const nlohmann::json& object, const std::string& prefix) {
  Json items = Json::array();
  for (const auto& [key, value] : object.items()) {
    const std::string link = prefix + key;
    if (value.is_object()) {
      Json nested = items_of(value, link + ".");
      if (!nested.empty()) items.push_back({{"linkId", link}, {"item", std::move(nested)}});
      continue;
    }
    Json answers = answers_of(value);
    if (!answers.empty()) items.push_back({{"linkId", link}, {"answer", std::move(answers)}});
  }
  return items;
}

Json response_resource(const std::string& patient, std::int64_t at_ms, Json items) {
  Json resource = {{"resourceType", "QuestionnaireResponse"},
                   {"status", "completed"},
                   {"subject", reference_to(patient)},
                   {"authored", instant_of(at_ms)}};
  if (!items.empty()) resource["item"] = std::move(items);
  return resource;
}

// Sums are whole numbers; a mean or a percentage is a Quantity even when it comes out whole,
// so one instrument's scores always have the same type.
Json score_value(double value, instruments::ScoreKind kind) {
  using instruments::ScoreKind;
  if (kind == ScoreKind::sum || kind == ScoreKind::single) {
    return {{"valueInteger", static_cast<std::int64_t>(std::llround(value))}};
  }
  const double rounded = std::round(value * 100.0) / 100.0;
  if (kind == ScoreKind::percent_of_max) {
    return {{"valueQuantity",
             {{"value", rounded},
              {"unit", "%"},
              {"system", "http://unitsofmeasure.org"},
              {"code", "%"}}}};
  }
  return {{"valueQuantity", {{"value", rounded}, {"unit", "score"}}}};
}

Json score_observation(const std::string& patient, const std::string& response, std::int64_t at_ms,
                       Json code, Json value) {
  Json observation = {
      {"resourceType", "Observation"},
      {"status", "final"},
      {"category",
       {{{"coding",
          {{{"system", "http://terminology.hl7.org/CodeSystem/observation-category"},
            {"code", "survey"}}}}}}},
      {"code", std::move(code)},
      {"subject", reference_to(patient)},
      {"effectiveDateTime", instant_of(at_ms)}};
  for (auto& [key, part] : value.items()) observation[key] = std::move(part);
  observation["derivedFrom"] = Json::array({reference_to(response)});
  return observation;
}

// The LOINC code when the instrument has one, else Motus's own code (`motus_code`, e.g.
// "psfs-score"), so no Observation is text only.
Json code_for(const std::optional<std::string>& loinc, const std::string& motus_code,
              const std::string& text) {
  if (loinc) return loinc_concept(*loinc, text);
  return motus_concept(motus_code, text);
}

Json instrument_items(const ScoredInstrument& scored) {
  Json items = Json::array();
  for (const auto& answer : scored.response.answers) {
    const instruments::Item* item = scored.definition.item(answer.item_id);
    if (item == nullptr) continue;
    Json entry = {{"linkId", item->id}, {"text", answer.named.value_or(item->text)}};
    entry["answer"] = Json::array({{{"valueInteger", answer.value}}});
    items.push_back(std::move(entry));
  }
  return items;
}

}  // namespace

void add_intake(const IntakeRecord& intake, const std::string& member_id,
                const std::string& patient, Json& entries) {
  const std::string response = uuid_for(member_id, "intake");
  entries.push_back(entry_of(
      response, response_resource(patient, intake.answered_at_ms, items_of(intake.answers, ""))));
  // The assessment rides along as one survey Observation: Motus's safety tier and likely
  // pattern have no standard code, so the code is Motus's own and the detail is in the note.
  const auto& assessment = intake.assessment;
  Json value = {{"valueString", std::string(assessment::name_of(assessment.tier))}};
  if (!assessment.patterns.empty()) {
    value["note"] = Json::array(
        {{{"text", "Most likely pattern: " +
                       std::string(assessment::name_of(assessment.patterns.front().pattern))}}});
  }
  entries.push_back(
      entry_of(uuid_for(member_id, "assessment"),
               score_observation(
                   patient, response, intake.answered_at_ms,
                   motus_concept("safety-tier", "Motus assessment: how soon to see a clinician"),
                   std::move(value))));
}

void add_instrument(const ScoredInstrument& scored, std::size_t index, const std::string& member_id,
                    const std::string& patient, Json& entries) {
  const auto& definition = scored.definition;
  const auto& score = scored.score;
  const std::string key = "instrument/" + std::to_string(index) + "/" + definition.id;
  const std::string response = uuid_for(member_id, key);
  const auto at = scored.response.answered_at_ms;
  Json resource = response_resource(patient, at, instrument_items(scored));
  entries.push_back(entry_of(response, std::move(resource)));

  Json total = score_value(score.value, definition.scoring.kind);
  const bool band_has_its_own_code = definition.loinc.band.has_value();
  if (score.band && !band_has_its_own_code) {
    total["interpretation"] = Json::array({{{"text", score.band->label}}});
  }
  entries.push_back(entry_of(
      uuid_for(member_id, key + "/score"),
      score_observation(
          patient, response, at,
          code_for(definition.loinc.score, definition.id + "-score", definition.title + " score"),
          std::move(total))));
  for (const auto& subscale : score.subscales) {
    const auto& rules = definition.scoring.subscales;
    const auto rule = std::find_if(rules.begin(), rules.end(), [&](const auto& candidate) {
      return candidate.id == subscale.id;
    });
    entries.push_back(
        entry_of(uuid_for(member_id, key + "/subscale/" + subscale.id),
                 score_observation(patient, response, at,
                                   code_for(rule->loinc, definition.id + "-" + subscale.id,
                                            definition.title + ": " + rule->title),
                                   score_value(subscale.value, rule->kind))));
  }
  if (score.band && band_has_its_own_code) {
    Json band_code = {{"text", score.band->label}};
    if (score.band->code.starts_with("LA")) {
      band_code = loinc_concept(score.band->code, score.band->label);
    }
    entries.push_back(entry_of(
        uuid_for(member_id, key + "/band"),
        score_observation(patient, response, at,
                          loinc_concept(*definition.loinc.band, definition.title + " band"),
                          {{"valueCodeableConcept", std::move(band_code)}})));
  }
}

Json pain_entry(int pain, std::int64_t at_ms, const std::string& note, const std::string& uuid,
                const std::string& patient) {
  Json observation = {{"resourceType", "Observation"},
                      {"status", "final"},
                      {"code", loinc_concept(kPainSeverity, "Pain severity 0-10 reported")},
                      {"subject", reference_to(patient)},
                      {"effectiveDateTime", instant_of(at_ms)},
                      {"valueInteger", pain},
                      {"note", Json::array({{{"text", note}}})}};
  return entry_of(uuid, std::move(observation));
}

}  // namespace motus::core::fhir
