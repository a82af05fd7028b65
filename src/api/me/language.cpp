// GET and PUT /api/v1/me/language: the language a person chose for Motus's words. The choice
// beats the browser's Accept-Language on every answer that carries words (api/shared/language.hpp);
// null clears it, so answers follow Accept-Language again.
#include "api/shared/language.hpp"

#include "api/shared/access.hpp"
#include "api/shared/app.hpp"
#include "http/db_await.hpp"
#include "http/json_schema.hpp"
#include "http/problem.hpp"
#include "store/audit_log.hpp"
#include "store/member_language_repository.hpp"

namespace motus::api {

namespace s = http::schema;

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

nlohmann::json code_or_null(std::optional<core::Language> language) {
  if (!language) return nullptr;
  return std::string(core::to_string(*language));
}

// {"language": "es" | "en" | null}; anything else names the field and the words it takes.
std::optional<core::Language> read_choice(const Request& request) {
  const auto body = request.json_body();
  if (!body.is_object() || !body.contains("language")) {
    throw http::bad_request(http::Said{"Send the field language: \"en\", \"es\" or null.",
                                       "Envía el campo language: \"en\", \"es\" o null."});
  }
  const auto& value = body.at("language");
  if (value.is_null()) return std::nullopt;
  const auto language =
      value.is_string() ? core::language_from_code(value.get<std::string>()) : std::nullopt;
  if (!language) {
    throw http::bad_request(http::Said{"The field language must be \"en\", \"es\" or null.",
                                       "El campo language tiene que ser \"en\", \"es\" o null."});
  }
  return language;
}

Response language_response(const Request& request, std::optional<core::Language> stored) {
  const auto in_use = core::choose_language(stored, request.header("Accept-Language"));
  auto response =
      http::json_response(200, nlohmann::json{{"language", code_or_null(stored)},
                                              {"in_use", std::string(core::to_string(in_use))}});
  say_language(response, in_use);
  return response;
}

asio::awaitable<Response> get_language(App& app, Request& request) {
  const auto& caller = require_role(request, kEveryRole);
  std::optional<core::Language> stored;
  app.db.read([&](store::Connection& c) { stored = store::find_language(c, caller.user_id); });
  co_return language_response(request, stored);
}

asio::awaitable<Response> put_language(App& app, Request& request) {
  const auto& caller = require_role(request, kEveryRole);
  const auto choice = read_choice(request);
  store::AuditEntry entry{
      app.clock.now_ms(), caller.user_id,     std::string(core::to_string(caller.role)),
      "language_change",  "account",          {},
      "allowed",          request.request_id, request.client_request_id};
  std::function<void(store::Connection&)> work = [entry, choice](store::Connection& c) {
    store::set_language(c, entry.actor_id, choice);
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
  co_return language_response(request, choice);
}

}  // namespace

void add_me_language_routes(http::Router& router, App& app) {
  router.add(
      http::Route{"GET", "/api/v1/me/language",
                  "The language this account chose for Motus's words (\"en\", \"es\" or null for "
                  "none), and the one answers use now (the choice, else Accept-Language, else en).",
                  "me", [&app](Request& request) { return get_language(app, request); }}
          .for_roles({"member", "therapist", "org_admin", "admin"})
          .answers(200, s::object({{"language", s::nullable(s::words({"en", "es"}))},
                                   {"in_use", s::words({"en", "es"})}})));
  router.add(
      http::Route{"PUT", "/api/v1/me/language",
                  "Choose the language of Motus's words ({language: \"en\" | \"es\" | null}); it "
                  "beats the browser's Accept-Language on every answer.",
                  "me", [&app](Request& request) { return put_language(app, request); }}
          .for_roles({"member", "therapist", "org_admin", "admin"})
          .accepts(s::object({{"language", s::nullable(s::words({"en", "es"}))}}),
                   {{"language", "es"}})
          .answers(200, s::object({{"language", s::nullable(s::words({"en", "es"}))},
                                   {"in_use", s::words({"en", "es"})}})));
}

}  // namespace motus::api
