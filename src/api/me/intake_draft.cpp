// GET/PUT/DELETE /api/v1/me/intake/draft: the intake a member has begun and not sent, kept on the
// server once they are signed in (the wizard also keeps it on the device), so another device
// resumes it. The answers are the wizard's own (an object the server keeps as it is, never
// judged: the intake is checked when it is sent); POST /me/intake removes the draft.
#include "api/shared/account_fields.hpp"
#include "api/shared/journey.hpp"
#include "http/db_await.hpp"
#include "http/json_schema.hpp"
#include "http/problem.hpp"
#include "store/intake_draft_repository.hpp"

namespace motus::api {

namespace s = http::schema;

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

constexpr std::size_t kLargestDraft = 32 * 1024;
constexpr std::size_t kLongestStep = 32;

http::HttpError draft_refused(const std::string& field, const http::Said& message) {
  return http::field_problem(field, {field + ": " + message.en, field + ": " + message.es},
                             message);
}

store::IntakeDraft draft_from(const nlohmann::json& body, std::int64_t now) {
  const auto answers = body.find("answers");
  if (answers == body.end() || !answers->is_object())
    throw draft_refused("answers", {"Send the answers so far as an object.",
                                    "Envía las respuestas que llevas como un objeto."});
  auto text = answers->dump();
  if (text.size() > kLargestDraft)
    throw draft_refused("answers",
                        {"The answers are larger than an intake can be (32 KB).",
                         "Las respuestas ocupan más de lo que puede ocupar un cuestionario "
                         "inicial (32 KB)."});
  const auto step = body.find("step");
  if (step == body.end() || !step->is_string() || step->get<std::string>().empty() ||
      step->get<std::string>().size() > kLongestStep) {
    throw draft_refused("step", {"Name the step the member is on (up to 32 characters).",
                                 "Indica en qué paso vas (hasta 32 caracteres)."});
  }
  return {std::move(text), step->get<std::string>(), now};
}

asio::awaitable<Response> get_draft(App& app, Request& request) {
  const auto& caller = require_member(request);
  std::optional<store::IntakeDraft> draft;
  app.db.read([&](store::Connection& c) { draft = store::find_intake_draft(c, caller.user_id); });
  auto audit = member_audit(request, caller, "read", "intake_draft", app.clock.now_ms());
  co_await http::durable_audit(app.db, std::move(audit));
  nlohmann::json body = {{"draft", nullptr}};
  if (draft) {
    body["draft"] = {{"answers", nlohmann::json::parse(draft->answers_json)},
                     {"step", draft->step},
                     {"saved_at", draft->saved_at}};
  }
  auto response = http::json_response(200, body);
  co_return response;
}

asio::awaitable<Response> put_draft(App& app, Request& request) {
  const auto& caller = require_member(request);
  const auto draft = draft_from(request.json_body(), app.clock.now_ms());
  const auto audit = member_audit(request, caller, "write", "intake_draft", draft.saved_at);
  std::function<void(store::Connection&)> work = [draft, audit](store::Connection& c) {
    store::save_intake_draft(c, audit.member_id, draft);
    store::append_audit(c, audit);
  };
  co_await http::durable_write(app.db, std::move(work));
  auto response = http::json_response(200, nlohmann::json{{"saved_at", draft.saved_at}});
  co_return response;
}

asio::awaitable<Response> delete_draft(App& app, Request& request) {
  const auto& caller = require_member(request);
  const auto audit = member_audit(request, caller, "write", "intake_draft", app.clock.now_ms());
  std::function<void(store::Connection&)> work = [audit](store::Connection& c) {
    store::remove_intake_draft(c, audit.member_id);
    store::append_audit(c, audit);
  };
  co_await http::durable_write(app.db, std::move(work));
  auto response = no_content_response();
  co_return response;
}

}  // namespace

void add_me_intake_draft_routes(http::Router& router, App& app) {
  router.add(
      http::Route{"GET", "/api/v1/me/intake/draft",
                  "The intake you began and have not sent ({draft: {answers, step, saved_at}} or "
                  "{draft: null}).",
                  "journey", [&app](Request& request) { return get_draft(app, request); }}
          .for_roles({"member"})
          .answers(200,
                   s::object({{"draft", s::nullable(s::object({{"answers", s::map_of(s::any())},
                                                               {"step", s::text()},
                                                               {"saved_at", s::whole()}}))}})));
  router.add(http::Route{
      "PUT", "/api/v1/me/intake/draft",
      "Keep the intake you are answering ({answers: object, step}), up to 32 KB; sending "
      "the intake removes it.",
      "journey", [&app](Request& request) { return put_draft(app, request); }}
                 .for_roles({"member"})
                 .accepts(s::object({{"answers", s::map_of(s::any())}, {"step", s::text(1, 32)}}),
                          {{"answers", {{"age", 41}, {"pain_now", 4}}}, {"step", "pain"}})
                 .answers(200, s::object({{"saved_at", s::whole()}}), "Kept"));
  router.add(http::Route{"DELETE", "/api/v1/me/intake/draft", "Forget the intake you began.",
                         "journey", [&app](Request& request) { return delete_draft(app, request); }}
                 .for_roles({"member"})
                 .answers(204, nullptr, "Forgotten"));
}

}  // namespace motus::api
