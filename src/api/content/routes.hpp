#pragma once
// The public knowledge-base routes, one file per resource; add_content_routes (app.hpp)
// registers them all. No login: content is the same for everyone.
#include "api/shared/app.hpp"

namespace motus::api {

void add_exercise_routes(http::Router& router, App& app);
void add_pattern_routes(http::Router& router, App& app);
void add_article_routes(http::Router& router, App& app);
void add_search_route(http::Router& router, App& app);
void add_flare_question_route(http::Router& router, App& app);
void add_pain_scale_route(http::Router& router, App& app);

}  // namespace motus::api
