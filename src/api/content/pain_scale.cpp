// GET /api/v1/pain-scale: the words beside each number of the 0–10 pain scale, in the core's one
// wording (core/pain_scale.hpp), so any client words pain as the server does; the web app's
// sliders hold the same words to answer at once and offline, and the end-to-end test checks
// them against this answer. In the caller's language (sin dolor … el peor dolor). Public content:
// no health data, no audit row.
#include "core/pain_scale.hpp"

#include "api/content/cache.hpp"
#include "api/content/routes.hpp"
#include "api/shared/language.hpp"

namespace motus::api {

namespace s = http::schema;

namespace asio = boost::asio;
using http::Request;
using http::Response;

void add_pain_scale_route(http::Router& router, App&) {
  router.add(http::Route{
      "GET", "/api/v1/pain-scale",
      "The 0-10 pain scale's words: {scale: [{pain, words}]}, from no pain to worst "
      "pain, in the caller's language.",
      "content",
      [](Request& request) -> asio::awaitable<Response> {
        const auto language = answer_language(request);
        nlohmann::json scale = nlohmann::json::array();
        for (int pain = core::kLeastPain; pain <= core::kMostPain; ++pain) {
          scale.push_back({{"pain", pain}, {"words", core::pain_words(pain, language)}});
        }
        co_return public_json(request, nlohmann::json{{"scale", scale}}, language);
      }}.for_roles({"public"})
                 .answers(200, s::object({{"scale", s::list(s::object({{"pain", s::whole(0, 10)},
                                                                       {"words", s::text()}}))}})));
}

}  // namespace motus::api
