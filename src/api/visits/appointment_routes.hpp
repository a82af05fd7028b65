#pragma once
// The appointment and calendar routes of telehealth (the video visit itself has routes of its own).
#include "api/shared/app.hpp"

namespace motus::api {

void add_availability_routes(http::Router& router, App& app);
void add_member_appointment_routes(http::Router& router, App& app);
void add_care_appointment_routes(http::Router& router, App& app);
void add_calendar_feed_routes(http::Router& router, App& app);

inline void add_appointment_routes(http::Router& router, App& app) {
  add_availability_routes(router, app);
  add_member_appointment_routes(router, app);
  add_care_appointment_routes(router, app);
  add_calendar_feed_routes(router, app);
}

}  // namespace motus::api
