// POST /api/v1/me/checkins {pain 0–10, flare true|false, notes?, flare_check?}: a quick note of
// how the back feels today. Stored with its audit row in one durable write; answered only once
// both are on disk. Pain is the 0–10 numeric rating (NPRS, docs/clinical-sources.md §5), stored as
// given. A flare is when the warning signs matter most (docs/clinical-sources.md §3: screen again
// on every flare), so a check-in takes the same flare_check answers as a session, the same rules
// judge them (assessment/flare_check.hpp) and the same decision says what follows
// (care/after_screen.hpp): a warning sign pauses the program and raises a care flag, exactly as
// POST /me/sessions does. A flare sent without the answers (older clients) is still stored, and the
// answer lists the questions to ask (safety_questions; GET /api/v1/flare-questions serves the same
// list). GET /api/v1/me/checkins?limit=N: the member's newest check-ins first (N from 1 to 100,
// default 10); the read is audited and answered once its audit row is durable.
#include <charconv>
#include <memory>

#include "api/shared/journey.hpp"
#include "api/shared/journey_screen.hpp"
#include "api/shared/language.hpp"
#include "core/assessment/assessment_json.hpp"
#include "core/assessment/in_spanish.hpp"
#include "core/care/checkin_advice.hpp"
#include "core/pain_scale.hpp"
#include "core/program/program_json.hpp"
#include "core/whole_number.hpp"
#include "http/db_await.hpp"
#include "store/credentials.hpp"
#include "store/journey_care_flag_repository.hpp"
#include "store/journey_checkin_repository.hpp"

namespace motus::api {

namespace asio = boost::asio;
namespace a = core::assessment;
namespace p = core::program;
namespace care = core::care;
using http::Request;
using http::Response;

namespace {

constexpr std::size_t kLongestNotes = 2000;
constexpr std::int64_t kDefaultRecent = 10;
constexpr std::int64_t kMostRecent = 100;

struct CheckinReport {
  store::Checkin checkin;
  std::optional<a::FlareCheck> flare_check;
};

// The flare check's pain_now is the check-in's pain unless the client says otherwise, so a
// check-in never asks for the same number twice.
a::FlareCheck read_flare_check(nlohmann::json check, int pain) {
  if (!check.is_object()) {
    throw http::bad_request(
        http::Said{"flare_check: expected the answers to the warning-sign questions as an object "
                   "({new_symptoms, leg_symptoms, red_flags}).",
                   "flare_check: se esperan las respuestas a las preguntas sobre señales de "
                   "alarma como un objeto ({new_symptoms, leg_symptoms, red_flags})."});
  }
  if (!check.contains("pain_now")) check["pain_now"] = pain;
  return a::within("flare_check", [&] { return a::flare_check_from_json(check); });
}

// The body has been checked against the route's schema (json_body): only known fields, pain a
// whole number from 0 to 10, flare true or false, notes text or null.
CheckinReport read_checkin(const Request& request) {
  const auto body = request.json_body();
  CheckinReport report;
  auto& checkin = report.checkin;
  const auto pain = body.find("pain");
  const auto pain_number =
      pain == body.end() ? std::nullopt
                         : core::whole_number_within(*pain, core::kLeastPain, core::kMostPain);
  if (!pain_number) {
    const auto least = std::to_string(core::kLeastPain);
    const auto most = std::to_string(core::kMostPain);
    throw http::bad_request(http::Said{
        "pain: expected a whole number from " + least + " (" +
            std::string(core::pain_words(core::kLeastPain)) + ") to " + most + " (" +
            std::string(core::pain_words(core::kMostPain)) + ").",
        "pain: elige un número entero del " + least + " (" +
            std::string(core::pain_words(core::kLeastPain, core::Language::es)) + ") al " + most +
            " (" + std::string(core::pain_words(core::kMostPain, core::Language::es)) + ")."});
  }
  checkin.pain = static_cast<int>(*pain_number);
  const auto flare = body.find("flare");
  if (flare == body.end() || !flare->is_boolean()) {
    throw http::bad_request(
        http::Said{"flare: expected true or false (is this a flare-up?).",
                   "flare: se espera true o false (¿es una crisis de dolor?)."});
  }
  checkin.flare = flare->get<bool>();
  if (const auto notes = body.find("notes"); notes != body.end() && !notes->is_null()) {
    if (!notes->is_string() || notes->get<std::string>().size() > kLongestNotes) {
      throw http::bad_request(
          http::Said{"notes: expected text of at most 2000 characters.",
                     "notes: tus notas pueden tener 2000 caracteres como máximo."});
    }
    checkin.notes = notes->get<std::string>();
  }
  if (const auto check = body.find("flare_check"); check != body.end() && !check->is_null()) {
    report.flare_check = read_flare_check(*check, static_cast<int>(checkin.pain));
  }
  return report;
}

struct CheckinWrite {
  store::Checkin checkin;
  std::optional<a::FlareCheck> check;
  store::AuditEntry audit;
  // The flare check's outcome, judged inside the write with the intake's lasting history.
  std::shared_ptr<std::optional<a::FlareOutcome>> screen;
  // With a screen: what it caused (core/care/after_screen.hpp), decided inside the write on the
  // program as it stands there, so two check-ins never judge the same old state.
  std::shared_ptr<std::optional<care::AfterScreen>> after;

  void operator()(store::Connection& c) const {
    store::insert_checkin(c, checkin);
    // Only a screened check-in reads the intake and the program; a plain one reads nothing.
    if (check) {
      const auto& outcome = screen->emplace(recheck_with_history(c, checkin.member_id, *check));
      std::optional<p::ProgramState> state;
      if (auto program = store::find_program(c, checkin.member_id)) {
        state = program_state(*program);
      }
      const auto& decided = after->emplace(
          care::after_screen(standing_of(state), care::outcome_of(care::Screen::checkin, outcome)));
      if (decided.program == care::ProgramStep::pause) {
        state->paused = true;
        store::update_program_state(c, checkin.member_id, p::to_json(*state).dump(), true,
                                    checkin.at);
        store::append_program_level(c, checkin.member_id,
                                    {checkin.at, std::string(p::phase_name(state->phase)),
                                     state->steps_up, state->sessions, true});
      }
      if (decided.care_flag) {
        store::insert_care_flag(c,
                                care_flag_row(checkin.member_id, *decided.care_flag, checkin.at));
      }
    }
    store::append_audit(c, audit);
  }
};

asio::awaitable<Response> post_checkin(App& app, Request& request) {
  const auto& caller = require_member(request);
  auto report = read_checkin(request);
  auto& checkin = report.checkin;
  const auto now = app.clock.now_ms();
  checkin.id = store::new_id(now);
  checkin.member_id = caller.user_id;
  checkin.at = now;
  auto screen = std::make_shared<std::optional<a::FlareOutcome>>();
  auto after = std::make_shared<std::optional<care::AfterScreen>>();
  CheckinWrite write{checkin, report.flare_check,
                     member_audit(request, caller, "write", "checkin", now), screen, after};
  std::function<void(store::Connection&)> work = std::move(write);
  co_await http::durable_write(app.db, std::move(work));
  const auto language = answer_language(request);
  nlohmann::ordered_json body;
  if (*screen) body["flare_check"] = a::assessment_in(a::to_json(**screen), language);
  body["id"] = checkin.id;
  body["at"] = checkin.at;
  body["pain"] = checkin.pain;
  body["pain_words"] = core::pain_words(static_cast<int>(checkin.pain), language);
  body["flare"] = checkin.flare;
  if (*after) body["paused"] = (*after)->paused;
  body["advice"] = care::checkin_advice(checkin.flare, *after, language);
  if (checkin.flare && !*screen)
    body["safety_questions"] = a::flare_questions_json("flare_check.", language);
  auto response = ordered_json_response(201, body);
  say_language(response, language);
  co_return response;
}

std::int64_t recent_limit(const Request& request) {
  const auto text = request.query_param("limit");
  if (!text) return kDefaultRecent;
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (error != std::errc() || end != text->data() + text->size() || value < 1 ||
      value > kMostRecent) {
    throw http::bad_request(http::Said{"limit: expected a whole number from 1 to 100.",
                                       "limit: se espera un número entero del 1 al 100."});
  }
  return value;
}

nlohmann::json checkin_json(const store::Checkin& checkin) {
  return {{"id", checkin.id},
          {"at", checkin.at},
          {"pain", checkin.pain},
          {"flare", checkin.flare},
          {"notes", checkin.notes ? nlohmann::json(*checkin.notes) : nlohmann::json()}};
}

asio::awaitable<Response> get_recent_checkins(App& app, Request& request) {
  const auto& caller = require_member(request);
  const auto limit = recent_limit(request);
  std::vector<store::Checkin> recent;
  app.db.read(
      [&](store::Connection& c) { recent = store::recent_checkins(c, caller.user_id, limit); });
  nlohmann::json list = nlohmann::json::array();
  for (const auto& checkin : recent) list.push_back(checkin_json(checkin));
  nlohmann::json body;
  body["checkins"] = std::move(list);
  // A named entry: GCC 12 mishandles temporaries inside co_await expressions.
  auto audit = member_audit(request, caller, "read", "checkin", app.clock.now_ms());
  co_await http::durable_audit(app.db, std::move(audit));
  auto response = http::json_response(200, body);
  co_return response;
}

}  // namespace

void add_me_checkin_route(http::Router& router, App& app) {
  namespace s = http::schema;
  const auto pain = s::whole(0, 10);
  router.add(
      http::Route{
          "POST", "/api/v1/me/checkins",
          "A quick check-in: {pain 0-10, flare true|false, notes?, flare_check?}. flare_check "
          "takes the same warning-sign answers as a session's; a warning sign comes back "
          "first (flare_check: tier, reasons, advice), pauses the program and tells the care "
          "team. A flare without them is stored and answered with safety_questions to ask.",
          "journey", [&app](Request& request) { return post_checkin(app, request); }}
          .for_roles({"member"})
          .accepts(
              s::strict_object({{"pain", s::said(pain,
                                                 "expected a whole number from 0 (no pain) "
                                                 "to 10 (the worst pain).",
                                                 "elige un número entero del 0 (sin dolor) al "
                                                 "10 (el peor dolor).")},
                                {"flare", s::said(s::yes_no(),
                                                  "expected true or false (is this a "
                                                  "flare-up?).",
                                                  "se espera true o false (¿es una crisis de "
                                                  "dolor?).")},
                                {"notes?", s::said(s::nullable(s::text(0, kLongestNotes)),
                                                   "expected text of at most 2000 characters.",
                                                   "tus notas pueden tener 2000 caracteres como "
                                                   "máximo.")},
                                {"flare_check?", s::nullable(flare_check_body_schema())}}),
              {{"pain", 3}, {"flare", false}, {"notes", "Stiff after the drive."}})
          .answers(
              201,
              s::object({{"flare_check?", flare_outcome_schema()},
                         {"id", s::text()},
                         {"at", s::whole()},
                         {"pain", pain},
                         {"pain_words", s::text()},
                         {"flare", s::yes_no()},
                         {"paused?", s::yes_no()},
                         {"advice", s::text()},
                         {"safety_questions?", s::list(s::object({{"field", s::text()},
                                                                  {"answer", s::list(s::any())},
                                                                  {"question", s::text()}}))}}),
              "Stored"));
  router.add(
      http::Route{"GET",
                  "/api/v1/me/checkins",
                  "Your newest check-ins first (limit=N, 1 to 100, default 10).",
                  "journey",
                  [&app](Request& request) { return get_recent_checkins(app, request); },
                  {},
                  {"limit"}}
          .for_roles({"member"})
          .takes("limit", s::whole(1, kMostRecent))
          .answers(200, s::object({{"checkins",
                                    s::list(s::object({{"id", s::text()},
                                                       {"at", s::whole()},
                                                       {"pain", pain},
                                                       {"flare", s::yes_no()},
                                                       {"notes", s::nullable(s::text())}}))}})));
}

}  // namespace motus::api
