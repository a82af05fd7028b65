#pragma once
// The raw counts behind the organization report: whole-organization numbers only, never a
// row about a person. The API suppresses small cells (core/care/report_suppression.hpp)
// before anyone sees them.
#include <cstdint>
#include <string>

#include "store/db.hpp"

namespace motus::store {

struct OrganizationFigures {
  std::int64_t roster_size = 0;
  std::int64_t accounts = 0;                // members who signed up
  std::int64_t active_last_30_days = 0;     // members seen in the app in the last 30 days
  std::int64_t messaged_care_team = 0;      // members who wrote to their care team at least once
  std::int64_t finished_intake = 0;         // members with at least one intake
  std::int64_t logged_a_session = 0;        // members with at least one exercise session
  std::int64_t with_two_pain_readings = 0;  // members whose pain can be compared over time
  // Of those, members whose latest pain is 2 or more points below their first: the NPRS's
  // meaningful change (Ostelo 2008, docs/clinical-sources.md §6).
  std::int64_t pain_improved = 0;
};

OrganizationFigures organization_figures(Connection& connection, const std::string& organization_id,
                                         std::int64_t now_ms);

// Members of the organization who logged a session in [start_ms, end_ms), and those sessions.
struct PeriodActivity {
  std::int64_t members = 0;
  std::int64_t sessions = 0;
};
PeriodActivity organization_activity(Connection& connection, const std::string& organization_id,
                                     std::int64_t start_ms, std::int64_t end_ms);

}  // namespace motus::store
