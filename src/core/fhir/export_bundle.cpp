#include "core/fhir/export_bundle.hpp"

#include <regex>
#include <stdexcept>

#include "core/fhir/bundle_entries.hpp"
#include "core/fhir/fhir_values.hpp"

namespace motus::core::fhir {
namespace {

void check(const MemberRecord& record) {
  if (record.identity.id.empty()) throw std::invalid_argument("identity.id: required");
  static const std::regex date(R"(\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))");
  if (record.identity.birth_date && !std::regex_match(*record.identity.birth_date, date)) {
    throw std::invalid_argument("identity.birth_date: expected YYYY-MM-DD");
  }
  const auto check_pain = [](int pain, const std::string& field) {
    if (pain < 0 || pain > 10) throw std::invalid_argument(field + ": must be between 0 and 10");
  };
  for (std::size_t i = 0; i < record.check_ins.size(); ++i) {
    check_pain(record.check_ins[i].pain, "check_ins[" + std::to_string(i) + "].pain");
  }
  for (std::size_t i = 0; i < record.visits.size(); ++i) {
    const auto& visit = record.visits[i];
    const std::string at = "visits[" + std::to_string(i) + "].";
    if (visit.id.empty()) throw std::invalid_argument(at + "id: required");
    if (visit.ended_at_ms && *visit.ended_at_ms < visit.started_at_ms)
      throw std::invalid_argument(at + "ended_at_ms: before the start");
  }
  for (std::size_t i = 0; i < record.sessions.size(); ++i) {
    const std::string at = "sessions[" + std::to_string(i) + "].";
    check_pain(record.sessions[i].pain_before, at + "pain_before");
    check_pain(record.sessions[i].pain_after, at + "pain_after");
  }
}

}  // namespace

Json entry_of(const std::string& uuid, Json resource) {
  Json with_id = {{"resourceType", resource["resourceType"]}, {"id", uuid}};
  for (auto& [key, value] : resource.items()) {
    if (key != "resourceType") with_id[key] = std::move(value);
  }
  return {{"fullUrl", urn_of(uuid)}, {"resource", std::move(with_id)}};
}

Json export_bundle(const MemberRecord& record, std::int64_t exported_at_ms) {
  check(record);
  const std::string& member = record.identity.id;
  const std::string patient = uuid_for(member, "patient");
  Json entries = Json::array();
  entries.push_back(patient_entry(record.identity, patient));
  if (record.intake) add_intake(*record.intake, member, patient, entries);
  for (std::size_t i = 0; i < record.instruments.size(); ++i) {
    add_instrument(record.instruments[i], i, member, patient, entries);
  }
  for (std::size_t i = 0; i < record.check_ins.size(); ++i) {
    const auto& check_in = record.check_ins[i];
    entries.push_back(pain_entry(check_in.pain, check_in.at_ms, "Daily check-in",
                                 uuid_for(member, "check-in/" + std::to_string(i)), patient));
  }
  for (std::size_t i = 0; i < record.sessions.size(); ++i) {
    const auto& session = record.sessions[i];
    const std::string key = "session/" + std::to_string(i);
    entries.push_back(pain_entry(session.pain_before, session.started_at_ms,
                                 "Before an exercise session", uuid_for(member, key + "/before"),
                                 patient));
    entries.push_back(pain_entry(session.pain_after, session.ended_at_ms,
                                 "After an exercise session", uuid_for(member, key + "/after"),
                                 patient));
  }
  for (const auto& visit : record.visits) {
    entries.push_back(encounter_entry(visit, uuid_for(member, "visit/" + visit.id), patient));
  }
  add_care_plan(record, patient, entries);
  return {{"resourceType", "Bundle"},
          {"id", uuid_for(member, "bundle")},
          {"type", "collection"},
          {"timestamp", instant_of(exported_at_ms)},
          {"entry", std::move(entries)}};
}

Json patient_entry(const MemberIdentity& identity, const std::string& uuid) {
  Json patient = {{"resourceType", "Patient"}, {"identifier", {{{"value", identity.id}}}}};
  Json name = Json::object();
  if (!identity.family_name.empty()) name["family"] = identity.family_name;
  if (!identity.given_names.empty()) name["given"] = identity.given_names;
  if (!name.empty()) patient["name"] = Json::array({name});
  if (identity.birth_date) patient["birthDate"] = *identity.birth_date;
  return entry_of(uuid, std::move(patient));
}

}  // namespace motus::core::fhir
