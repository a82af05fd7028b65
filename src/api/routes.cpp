#include "api/shared/app.hpp"
#include "api/visits/appointment_routes.hpp"

namespace motus::api {

// The whole route table. Every route states its contract where it is added: who may call it
// (.for_roles), its JSON body's schema and an example (.accepts), its query parameters
// (.takes) and each successful answer's schema (.answers); see http/router.hpp and
// docs/api-schemas.md. tests/api/contract_drift_test.cpp fails, naming the route, while one
// lacks them; after adding or changing one, run scripts/generate-api-types for the web app.
void add_routes(http::Router& router, App& app) {
  add_system_routes(router, app);
  add_content_routes(router, app);
  add_organization_routes(router, app);
  add_roster_routes(router, app);
  add_eligibility_routes(router, app);
  add_auth_routes(router, app);
  add_me_routes(router, app);
  add_me_language_routes(router, app);
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
  add_me_second_factor_routes(router, app);
  add_admin_security_routes(router, app);
  add_admin_account_routes(router, app);
  add_account_recovery_routes(router, app);
  add_appointment_routes(router, app);
  add_visit_routes(router, app);
}

}  // namespace motus::api
