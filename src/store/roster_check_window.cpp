#include "store/roster_check_window.hpp"

namespace motus::store {
namespace {

const Statement window_of{
    "eligibility_check_window",
    "SELECT window_started_at, checks FROM eligibility_checks WHERE address = $1"};
const Statement save_window{
    "eligibility_check_save",
    "INSERT INTO eligibility_checks (address, window_started_at, checks) "
    "VALUES ($1, $2, $3) ON CONFLICT (address) DO UPDATE SET "
    "window_started_at = excluded.window_started_at, checks = excluded.checks"};

}  // namespace

core::CheckDecision count_eligibility_check(Connection& connection, const std::string& address,
                                            std::int64_t now_ms,
                                            const core::EligibilityLimit& limit) {
  const Rows rows = connection.query(window_of, {address});
  std::optional<core::CheckWindow> seen;
  if (!rows.empty()) seen = core::CheckWindow{rows.front().integer(0), rows.front().integer(1)};
  const auto decision = core::decide_check(seen ? &*seen : nullptr, now_ms, limit);
  if (decision.allowed) {
    connection.execute(save_window, {address, decision.window.started_at, decision.window.checks});
  }
  return decision;
}

}  // namespace motus::store
