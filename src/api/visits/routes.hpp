#pragma once
// The video-visit routes (api/visits): the visit's page facts, its ICE servers, the therapist's
// note, and the visit room's WebSocket; add_visit_routes (routes.cpp) registers them all.
#include "api/shared/app.hpp"
#include "api/visits/visit_rooms.hpp"

namespace motus::api {

void add_visit_signal_route(http::Router& router, App& app, VisitRooms& rooms);
void add_visit_page_routes(http::Router& router, App& app, VisitRooms& rooms);

}  // namespace motus::api
