#pragma once
// The care-team routes, one file each; add_care_routes (care_routes.cpp) registers them all.
#include "api/shared/app.hpp"

namespace motus::api {

void add_care_queue_route(http::Router& router, App& app);
void add_care_member_routes(http::Router& router, App& app);
void add_care_program_route(http::Router& router, App& app);
void add_care_message_routes(http::Router& router, App& app);
void add_care_flag_route(http::Router& router, App& app);
void add_care_break_glass_route(http::Router& router, App& app);

}  // namespace motus::api
