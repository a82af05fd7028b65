// GET /api/v1/patterns and /api/v1/patterns/{id}: what members read about each pain pattern.
// Therapist notes stay out; they are for clinicians only.
#include "api/content/cache.hpp"
#include "api/content/json.hpp"
#include "api/content/routes.hpp"
#include "api/shared/language.hpp"
#include "http/problem.hpp"

namespace motus::api {

namespace asio = boost::asio;
using http::Request;
using http::Response;

void add_pattern_routes(http::Router& router, App& app) {
  namespace s = http::schema;
  router.add(http::Route{
      "GET", "/api/v1/patterns", "The pain patterns Motus knows, each in one sentence.", "content",
      [&app](Request& request) -> asio::awaitable<Response> {
        const auto language = answer_language(request);
        nlohmann::json patterns = nlohmann::json::array();
        for (const auto& pattern : content_in(app, language).patterns()) {
          patterns.push_back(pattern_summary_json(pattern));
        }
        const nlohmann::json body = {{"patterns", patterns}};
        auto response = public_json(request, body, language);
        co_return response;
      }}.for_roles({"public"})
                 .answers(200, s::object({{"patterns", s::list(pattern_summary_schema())}})));
  router.add(http::Route{
      "GET", "/api/v1/patterns/{id}",
      "One pain pattern as members read it: how it feels, what helps, when to see a "
      "doctor, its core exercises and articles.",
      "content",
      [&app](Request& request) -> asio::awaitable<Response> {
        const auto language = answer_language(request);
        const auto* pattern = content_in(app, language).pattern(request.param("id"));
        if (!pattern)
          throw http::not_found(http::Said{"There is no pain pattern with this id.",
                                           "No hay ningún tipo de dolor con este código."});
        co_return public_json(request, pattern_json(*pattern), language);
      }}.for_roles({"public"})
                 .answers(200, pattern_schema()));
}

}  // namespace motus::api
