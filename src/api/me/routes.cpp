// The member journey (product capabilities 2, 3 and 5): intake, program, today's session,
// session feedback, check-ins, outcome questionnaires and progress. Every route is the
// member's own (/me/...).
#include "api/shared/journey.hpp"

namespace motus::api {

void add_journey_routes(http::Router& router, App& app) {
  add_me_intake_route(router, app);
  add_me_assessment_route(router, app);
  add_me_program_routes(router, app);
  add_me_session_route(router, app);
  add_me_checkin_route(router, app);
  add_me_progress_route(router, app);
  add_me_instrument_route(router, app);
  add_me_intake_draft_routes(router, app);
  add_me_preferences_routes(router, app);
  add_me_reminder_routes(router, app);
}

}  // namespace motus::api
