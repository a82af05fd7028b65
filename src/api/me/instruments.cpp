// POST /api/v1/me/instruments/{id}/responses {answers: [{item, value, named?}], client_id?}: a
// filled-in outcome questionnaire, scored by the core with its band and what the score means.
// Answers to the mood questionnaire that mean the member may not be safe (core/instruments/
// safety.hpp) raise a care flag in the same write, are audited, and, for thoughts of
// self-harm, bring crisis guidance in the answer. client_id makes the post idempotent like
// POST /me/sessions: a resend gets the first answer back and changes nothing.
#include "api/content/instruments.hpp"

#include <algorithm>
#include <memory>

#include "api/shared/journey.hpp"
#include "api/shared/language.hpp"
#include "core/assessment/input_error.hpp"
#include "core/instruments/interpretation.hpp"
#include "core/instruments/needed_answers.hpp"
#include "core/instruments/safety.hpp"
#include "http/db_await.hpp"
#include "store/credentials.hpp"
#include "store/instrument_response_repository.hpp"
#include "store/journey_care_flag_repository.hpp"

namespace motus::api {

namespace asio = boost::asio;
namespace ins = core::instruments;
using http::Request;
using http::Response;

namespace {

constexpr std::size_t kLongestClientId = 100;

struct Submission {
  std::optional<std::string> client_id;
  std::vector<ins::Answer> answers;
  nlohmann::json answers_json;  // as sent, for the record
};

Submission read_submission(const Request& request, const ins::InstrumentDefinition& definition) {
  // Checked against the route's schema first: only answers and client_id.
  auto body = request.json_body();
  Submission submission;
  if (const auto id = body.find("client_id"); id != body.end()) {
    if (!id->is_string() || id->get<std::string>().empty() ||
        id->get<std::string>().size() > kLongestClientId) {
      throw http::bad_request(
          http::Said{"client_id: expected text of 1 to 100 characters that names this response.",
                     "client_id: se espera un texto de 1 a 100 caracteres que nombre esta "
                     "respuesta."});
    }
    submission.client_id = id->get<std::string>();
  }
  const auto answers = body.find("answers");
  if (answers == body.end() || !answers->is_array()) {
    throw http::bad_request(http::Said{
        "answers: expected a list of {item, value} for the questions of " + definition.id + ".",
        "answers: se espera una lista de {item, value} con las respuestas a las "
        "preguntas de " +
            definition.id + "."});
  }
  submission.answers =
      ins::read_response({{"instrument", definition.id}, {"answers", *answers}}).answers;
  submission.answers_json = *answers;
  return submission;
}

ins::InstrumentScore scored(const ins::InstrumentDefinition& definition,
                            const std::vector<ins::Answer>& answers) {
  ins::require_needed_answers(definition, answers);
  return ins::score_answers(definition, answers);
}

bool finds(const std::vector<ins::SafetyFinding>& findings, ins::SafetyConcern concern) {
  return std::any_of(findings.begin(), findings.end(),
                     [&](const ins::SafetyFinding& f) { return f.concern == concern; });
}

nlohmann::ordered_json safety_json(const std::vector<ins::SafetyFinding>& findings,
                                   core::Language language) {
  if (!finds(findings, ins::SafetyConcern::self_harm_thoughts)) return nullptr;
  const auto guidance = ins::crisis_guidance(language);
  nlohmann::ordered_json safety;
  safety["concern"] =
      std::string(core::assessment::name_of(ins::SafetyConcern::self_harm_thoughts));
  safety["title"] = guidance.title;
  safety["steps"] = guidance.steps;
  safety["care_team_told"] = true;
  return safety;
}

// The member's response before this one, read back as the core takes it.
std::optional<ins::EarlierResponse> earlier_response(store::Connection& c,
                                                     const std::string& member_id,
                                                     const std::string& instrument) {
  const auto stored = store::latest_instrument_response(c, member_id, instrument);
  if (!stored) return std::nullopt;
  const auto answers = nlohmann::json::parse(stored->answers);
  return ins::EarlierResponse{
      stored->score,
      ins::read_response({{"instrument", instrument}, {"answers", answers}}).answers};
}

std::string interpretation_text(const ins::InstrumentDefinition& definition,
                                const ins::InstrumentScore& score,
                                const std::vector<ins::Answer>& answers,
                                const std::optional<ins::EarlierResponse>& earlier,
                                const std::vector<ins::SafetyFinding>& findings,
                                core::Language language) {
  auto text = ins::interpretation(definition, score, answers, earlier, language);
  if (finds(findings, ins::SafetyConcern::severe_depression)) {
    text += ins::severe_mood_words(language);
  }
  return text;
}

struct Outcome {
  std::string answer;
  bool replayed = false;
};

struct ResponseWrite {
  const ins::InstrumentDefinition* definition;
  Submission submission;
  ins::InstrumentScore score;
  std::vector<ins::SafetyFinding> findings;
  core::Language language;  // of the words in the answer; the score is the same in both
  store::AuditEntry audit;
  std::shared_ptr<Outcome> outcome;

  bool replay(store::Connection& c) const {
    if (!submission.client_id) return false;
    auto earlier = store::instrument_response_answer(c, audit.member_id, *submission.client_id);
    if (!earlier) return false;
    outcome->answer = *earlier;
    outcome->replayed = true;
    auto read = audit;
    read.action = "read";
    store::append_audit(c, read);
    return true;
  }

  nlohmann::ordered_json answer(const std::string& id,
                                const std::optional<ins::EarlierResponse>& earlier) const {
    nlohmann::ordered_json body;
    body["id"] = id;
    body["instrument"] = definition->id;
    body["title"] = definition->title;
    body["score"] = score.value;
    if (score.band) {
      body["band"] = {{"code", score.band->code}, {"label", score.band->label}};
    } else {
      body["band"] = nullptr;
    }
    nlohmann::ordered_json subscales = nlohmann::ordered_json::array();
    for (const auto& subscale : score.subscales) {
      subscales.push_back({{"id", subscale.id}, {"value", subscale.value}});
    }
    body["subscales"] = std::move(subscales);
    body["interpretation"] =
        interpretation_text(*definition, score, submission.answers, earlier, findings, language);
    body["taken_at"] = audit.at;
    body["answers"] = submission.answers_json;
    body["care_team_told"] = !findings.empty();
    body["safety"] = safety_json(findings, language);
    return body;
  }

  void raise_care_flags(store::Connection& c) const {
    for (const auto& finding : findings) {
      const std::string kind(core::assessment::name_of(finding.concern));
      store::insert_care_flag(c, {store::new_id(audit.at),
                                  audit.member_id,
                                  kind,
                                  "instrument",
                                  nlohmann::json::array({finding.code}).dump(),
                                  audit.at,
                                  std::nullopt,
                                  {},
                                  {},
                                  {}});
      auto raised = audit;
      raised.entity = "care_flag:" + kind;
      store::append_audit(c, raised);
    }
  }

  void operator()(store::Connection& c) const {
    if (replay(c)) return;
    const auto earlier = earlier_response(c, audit.member_id, definition->id);
    const auto id = store::new_id(audit.at);
    outcome->answer = answer(id, earlier).dump();
    const bool stored = store::insert_instrument_response(
        c, {id, audit.member_id, submission.client_id, definition->id, audit.at,
            submission.answers_json.dump(), score.value,
            score.band ? std::optional<std::string>(score.band->code) : std::nullopt,
            outcome->answer});
    if (!stored) {
      // The same client_id arrived twice at once and the other copy was stored first.
      if (!replay(c)) {
        throw http::HttpError(409, "Conflict",
                              http::Said{"Please send the response again.",
                                         "Vuelve a enviar tus respuestas, por favor."});
      }
      return;
    }
    raise_care_flags(c);
    store::append_audit(c, audit);
  }
};

asio::awaitable<Response> post_response(App& app, Request& request) {
  const auto& caller = require_member(request);
  // The questions, band labels and what the score means in the member's language; the values,
  // the scoring and the safety rules are the English file's in both (instrument_words.hpp).
  const auto language = answer_language(request);
  const auto* definition = find_instrument(app, request.param("id"), language);
  if (definition == nullptr) {
    const auto id = request.param("id");
    throw http::not_found(
        http::Said{"There is no questionnaire \"" + id + "\". GET /api/v1/instruments lists them.",
                   "No existe el cuestionario \"" + id + "\". Elige uno de la lista."});
  }
  auto submission = read_submission(request, *definition);
  auto score = scored(*definition, submission.answers);
  auto findings = ins::safety_findings(*definition, submission.answers, score);
  auto outcome = std::make_shared<Outcome>();
  ResponseWrite write{
      definition,
      std::move(submission),
      std::move(score),
      std::move(findings),
      language,
      member_audit(request, caller, "write", "instrument_response", app.clock.now_ms()),
      outcome};
  std::function<void(store::Connection&)> work = std::move(write);
  co_await http::durable_write(app.db, std::move(work));
  auto response =
      http::text_response(outcome->replayed ? 200 : 201, outcome->answer, "application/json");
  say_language(response, language);
  co_return response;
}

}  // namespace

void add_me_instrument_route(http::Router& router, App& app) {
  namespace s = http::schema;
  const auto answer = s::named(
      "InstrumentScore",
      s::object({{"id", s::text()},
                 {"instrument", s::text()},
                 {"title", s::text()},
                 {"score", s::number()},
                 {"band", s::nullable(s::object({{"code", s::text()}, {"label", s::text()}}))},
                 {"subscales", s::list(s::object({{"id", s::text()}, {"value", s::number()}}))},
                 {"interpretation", s::text()},
                 {"taken_at", s::whole()},
                 {"answers", s::list(s::map_of(s::any()))},
                 {"care_team_told", s::yes_no()},
                 {"safety", s::nullable(s::object({{"concern", s::text()},
                                                   {"title", s::text()},
                                                   {"steps", s::list(s::text())},
                                                   {"care_team_told", s::yes_no()}}))}}));
  router.add(http::Route{
      "POST", "/api/v1/me/instruments/{id}/responses",
      "A filled-in questionnaire ({answers: [{item, value, named?}], client_id?}); answers with "
      "the score, its band and what it means. Sending the same client_id again returns the "
      "first answer. Thoughts of self-harm on the mood questionnaire bring crisis guidance and "
      "tell the care team.",
      "journey", [&app](Request& request) { return post_response(app, request); }}
                 .for_roles({"member"})
                 .accepts(
                     s::strict_object({{"answers", s::list(s::object({{"item", s::text()},
                                                                      {"value", s::number()},
                                                                      {"named?", s::text()}}))},
                                       {"client_id?", s::text(1, kLongestClientId)}}),
                     {{"answers", {{{"item", "pain"}, {"value", 4}}}},
                      {"client_id", "nprs-2026-12-07"}})
                 .answers(201, answer, "Scored and stored")
                 .answers(200, answer, "The same client_id again: the first answer"));
}

}  // namespace motus::api
