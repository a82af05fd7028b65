// GET /api/v1/instruments: the outcome questionnaires this server scores (the free ones that
// ship in content/instruments, and any licensed ones the deployment added), with every
// question and answer, so the web app can draw the forms. Public content: no health data, no
// audit row.
#include "api/content/instruments.hpp"

#include <algorithm>

#include "api/shared/journey.hpp"
#include "api/shared/language.hpp"
#include "core/assessment/enum_names.hpp"

namespace motus::api {

namespace asio = boost::asio;
namespace ins = core::instruments;
using http::Request;
using http::Response;

namespace {

nlohmann::ordered_json bound(const std::optional<double>& value) {
  if (!value) return nullptr;
  return *value;
}

nlohmann::ordered_json items_json(const ins::InstrumentDefinition& definition) {
  nlohmann::ordered_json items = nlohmann::ordered_json::array();
  for (const auto& item : definition.items) {
    nlohmann::ordered_json answers = nlohmann::ordered_json::array();
    for (const auto& option : item.answers) {
      nlohmann::ordered_json answer;
      answer["value"] = option.value;
      answer["label"] = option.label;
      answers.push_back(std::move(answer));
    }
    nlohmann::ordered_json entry;
    entry["id"] = item.id;
    entry["text"] = item.text;
    entry["named_by_person"] = item.named_by_person;
    entry["answers"] = std::move(answers);
    items.push_back(std::move(entry));
  }
  return items;
}

nlohmann::ordered_json bands_json(const ins::InstrumentDefinition& definition) {
  nlohmann::ordered_json bands = nlohmann::ordered_json::array();
  for (const auto& band : definition.scoring.bands) {
    nlohmann::ordered_json entry;
    entry["code"] = band.code;
    entry["label"] = band.label;
    entry["min"] = bound(band.range.min);
    entry["max"] = bound(band.range.max);
    bands.push_back(std::move(entry));
  }
  return bands;
}

// {id, title, instructions, licence, items: [{id, text, named_by_person, answers: [{value,
// label}]}], scoring: {kind, min_answered}, bands: [{code, label, min, max}], change?}; the
// list adds `language`, the language of its words, and `languages`, every language it has.
nlohmann::ordered_json instrument_json(const ins::InstrumentDefinition& definition) {
  nlohmann::ordered_json out;
  out["id"] = definition.id;
  out["title"] = definition.title;
  out["instructions"] = definition.instructions;
  out["licence"] = definition.licence;
  out["items"] = items_json(definition);
  nlohmann::ordered_json scoring;
  scoring["kind"] = std::string(core::assessment::name_of(definition.scoring.kind));
  scoring["min_answered"] = definition.scoring.min_answered;
  out["scoring"] = std::move(scoring);
  out["bands"] = bands_json(definition);
  if (definition.change) {
    nlohmann::ordered_json change;
    change["better"] = std::string(core::assessment::name_of(definition.change->better));
    change["points"] = definition.change->points;
    change["percent"] = bound(definition.change->percent);
    change["source"] = definition.change->source;
    out["change"] = std::move(change);
  }
  return out;
}

// The languages an instrument's words come in: English always, Spanish where content/es/
// instruments has its words (the content check makes sure they are all there, and that the
// Spanish title differs from the English one).
nlohmann::ordered_json languages_of(const App& app, std::size_t index) {
  nlohmann::ordered_json languages = nlohmann::ordered_json::array({"en"});
  const auto& spanish = instruments_in(app, core::Language::es);
  if (index < spanish.size() && spanish[index].title != app.instruments[index].title) {
    languages.push_back("es");
  }
  return languages;
}

// In Spanish, each instrument that has Spanish words (content/es/instruments) comes in Spanish
// and says so in `language`; `languages` lists every language it has.
asio::awaitable<Response> list_instruments(App& app, Request& request) {
  const auto language = answer_language(request);
  const auto& shown = instruments_in(app, language);
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (std::size_t i = 0; i < shown.size(); ++i) {
    auto item = instrument_json(shown[i]);
    auto languages = languages_of(app, i);
    const bool in_spanish = language == core::Language::es && languages.size() > 1;
    item["language"] = in_spanish ? "es" : "en";
    item["languages"] = std::move(languages);
    list.push_back(std::move(item));
  }
  nlohmann::ordered_json body;
  body["instruments"] = std::move(list);
  auto response = ordered_json_response(200, body);
  say_language(response, language);
  co_return response;
}

}  // namespace

nlohmann::json instrument_schema() {
  namespace s = http::schema;
  const auto bound = s::nullable(s::number());
  return s::named(
      "Instrument",
      s::object(
          {{"id", s::text()},
           {"title", s::text()},
           {"instructions", s::text()},
           {"licence", s::text()},
           {"language", s::words({"en", "es"})},
           {"languages", s::list(s::words({"en", "es"}))},
           {"items", s::list(s::object({{"id", s::text()},
                                        {"text", s::text()},
                                        {"named_by_person", s::yes_no()},
                                        {"answers", s::list(s::object({{"value", s::number()},
                                                                       {"label", s::text()}}))}}))},
           {"scoring", s::object({{"kind", s::text()}, {"min_answered", s::whole_from(0)}})},
           {"bands",
            s::list(s::object(
                {{"code", s::text()}, {"label", s::text()}, {"min", bound}, {"max", bound}}))},
           {"change?", s::object({{"better", s::words({"higher", "lower"})},
                                  {"points", s::number()},
                                  {"percent", bound},
                                  {"source", s::text()}})}}));
}

const ins::InstrumentDefinition* find_instrument(const App& app, std::string_view id,
                                                 core::Language language) {
  const auto& shown = instruments_in(app, language);
  const auto found = std::find_if(shown.begin(), shown.end(),
                                  [&](const ins::InstrumentDefinition& d) { return d.id == id; });
  return found == shown.end() ? nullptr : &*found;
}

void add_instrument_routes(http::Router& router, App& app) {
  namespace s = http::schema;
  router.add(http::Route{
      "GET", "/api/v1/instruments",
      "The outcome questionnaires (e.g. nprs, psfs, phq9, gad7) with every question, its "
      "answers, the bands of the score and the licence, so a client can draw the forms; "
      "in Spanish where a Spanish text exists (language says which; languages lists every "
      "language each one has).",
      "content", [&app](Request& request) { return list_instruments(app, request); }}
                 .for_roles({"public"})
                 .answers(200, s::object({{"instruments", s::list(instrument_schema())}})));
}

}  // namespace motus::api
