#include "api/app.hpp"

namespace motus::api {

void add_routes(http::Router& router, App& app) {
  add_system_routes(router, app);
  add_content_routes(router, app);
}

}  // namespace motus::api
