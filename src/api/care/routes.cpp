#include "api/care/routes.hpp"

namespace motus::api {

void add_care_routes(http::Router& router, App& app) {
  add_care_queue_route(router, app);
  add_care_member_routes(router, app);
  add_care_program_route(router, app);
  add_care_message_routes(router, app);
  add_care_flag_route(router, app);
  add_care_break_glass_route(router, app);
}

}  // namespace motus::api
