// GET /api/v1/flare-questions: the warning-sign questions a flare-up check-in asks, in the
// core's words (core/assessment/flare_questions.hpp), each with the flare_check field its
// answer goes in and the answers it takes, so a client asks exactly what the server judges.
// Public content: the same for everyone, no health data, no audit row.
#include "api/content/cache.hpp"
#include "api/content/routes.hpp"
#include "api/shared/language.hpp"
#include "core/assessment/assessment_json.hpp"
#include "http/json_schema.hpp"

namespace motus::api {

namespace asio = boost::asio;
using http::Request;
using http::Response;

void add_flare_question_route(http::Router& router, App& app) {
  namespace s = http::schema;
  const auto answer = s::any_of({s::yes_no(), s::words({"none", "left", "right", "both"})});
  router.add(
      http::Route{"GET", "/api/v1/flare-questions",
                  "The warning-sign questions a flare-up asks: {questions: [{field, answer, "
                  "question}]}, field as in the check-in's flare_check; in the caller's language.",
                  "content",
                  [&app](Request& request) -> asio::awaitable<Response> {
                    const auto language = answer_language(request);
                    const nlohmann::json body = {
                        {"questions", core::assessment::flare_questions_json("", language)}};
                    co_return public_json(request, body, language);
                  }}
          .for_roles({"public"})
          .answers(200, s::object({{"questions", s::list(s::object({{"field", s::text()},
                                                                    {"answer", s::list(answer)},
                                                                    {"question", s::text()}}))}})));
}

}  // namespace motus::api
