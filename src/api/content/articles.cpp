// GET /api/v1/articles and /api/v1/articles/{slug}.
#include "api/content/cache.hpp"
#include "api/content/json.hpp"
#include "api/content/routes.hpp"
#include "api/shared/language.hpp"
#include "http/problem.hpp"

namespace motus::api {

namespace asio = boost::asio;
using http::Request;
using http::Response;

void add_article_routes(http::Router& router, App& app) {
  namespace s = http::schema;
  router.add(http::Route{"GET", "/api/v1/articles",
                         "Every article: title, summary, audience, reading time.", "content",
                         [&app](Request& request) -> asio::awaitable<Response> {
                           const auto language = answer_language(request);
                           nlohmann::json articles = nlohmann::json::array();
                           for (const auto& article : content_in(app, language).articles()) {
                             articles.push_back(article_summary_json(article));
                           }
                           const nlohmann::json body = {{"articles", articles}};
                           auto response = public_json(request, body, language);
                           co_return response;
                         }}
                 .for_roles({"public"})
                 .answers(200, s::object({{"articles", s::list(article_summary_schema())}})));
  router.add(http::Route{
      "GET", "/api/v1/articles/{slug}",
      "One article: its front matter, the body as safe HTML and as Markdown.", "content",
      [&app](Request& request) -> asio::awaitable<Response> {
        const auto language = answer_language(request);
        const auto* article = content_in(app, language).article(request.param("slug"));
        if (!article)
          throw http::not_found(http::Said{"There is no article with this name.",
                                           "No hay ningún artículo con este nombre."});
        co_return public_json(request, article_json(*article), language);
      }}.for_roles({"public"})
                 .answers(200, article_schema()));
}

}  // namespace motus::api
