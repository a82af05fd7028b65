#include "api/shared/app.hpp"

namespace motus::api {

void add_routes(http::Router& router, App& app) {
  add_system_routes(router, app);
  add_content_routes(router, app);
  add_organization_routes(router, app);
  add_roster_routes(router, app);
  add_eligibility_routes(router, app);
  add_auth_routes(router, app);
  add_me_routes(router, app);
  add_admin_staff_routes(router, app);
  add_audit_routes(router, app);
  add_journey_routes(router, app);
  add_care_routes(router, app);
  add_message_routes(router, app);
  add_org_report_routes(router, app);
  add_admin_member_routes(router, app);
  add_me_export_route(router, app);
  add_me_delete_route(router, app);
  add_me_report_route(router, app);
  add_instrument_routes(router, app);
  add_visit_routes(router, app);
}

}  // namespace motus::api
