#include "api/visits/routes.hpp"

namespace motus::api {

void add_visit_routes(http::Router& router, App& app) {
  // Who is in which room lives as long as the routes do: for the server's whole run.
  static VisitRooms rooms;
  add_visit_page_routes(router, app, rooms);
  add_visit_signal_route(router, app, rooms);
}

}  // namespace motus::api
