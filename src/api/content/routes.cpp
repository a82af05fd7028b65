#include "api/content/routes.hpp"

namespace motus::api {

void add_content_routes(http::Router& router, App& app) {
  add_exercise_routes(router, app);
  add_pattern_routes(router, app);
  add_article_routes(router, app);
  add_search_route(router, app);
  add_flare_question_route(router, app);
  add_pain_scale_route(router, app);
}

}  // namespace motus::api
