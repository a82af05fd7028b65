// GET /api/v1/exercises and /api/v1/exercises/{id}.
#include "api/content/cache.hpp"
#include "api/content/filter.hpp"
#include "api/content/json.hpp"
#include "api/content/routes.hpp"
#include "api/shared/language.hpp"
#include "http/problem.hpp"

namespace motus::api {

namespace asio = boost::asio;
using http::Request;
using http::Response;

void add_exercise_routes(http::Router& router, App& app) {
  namespace s = http::schema;
  const auto& names = [](const auto& vocabulary) {
    return s::words(std::vector<std::string>(vocabulary.begin(), vocabulary.end()));
  };
  router.add(http::Route{
      "GET",
      "/api/v1/exercises",
      "The exercise library, optionally filtered by pattern, position, equipment and kind.",
      "content",
      [&app](Request& request) -> asio::awaitable<Response> {
        const auto filter = read_exercise_filter(request, app.content);
        const auto language = answer_language(request);
        nlohmann::json exercises = nlohmann::json::array();
        for (const auto& exercise : content_in(app, language).exercises()) {
          if (passes(exercise, filter)) exercises.push_back(exercise_summary_json(exercise));
        }
        const nlohmann::json body = {{"exercises", exercises}};
        auto response = public_json(request, body, language);
        co_return response;
      },
      {},
      {"pattern", "position", "equipment", "kind"}}
                 .for_roles({"public"})
                 .takes("position", names(core::Vocabulary<core::Position>::names))
                 .takes("equipment", names(core::Vocabulary<core::Equipment>::names))
                 .takes("kind", names(core::Vocabulary<core::Kind>::names))
                 .answers(200, s::object({{"exercises", s::list(exercise_summary_schema())}})));
  router.add(http::Route{
      "GET", "/api/v1/exercises/{id}",
      "One exercise in full: steps, dose, cautions, animation keyframes, easier and harder "
      "variants, citations.",
      "content",
      [&app](Request& request) -> asio::awaitable<Response> {
        const auto language = answer_language(request);
        const auto* exercise = content_in(app, language).exercise(request.param("id"));
        if (!exercise)
          throw http::not_found(http::Said{"There is no exercise with this id.",
                                           "No hay ningún ejercicio con este código."});
        co_return public_json(request, exercise_json(*exercise), language);
      }}.for_roles({"public"})
                 .answers(200, exercise_schema()));
}

}  // namespace motus::api
