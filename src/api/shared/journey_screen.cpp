#include "api/shared/journey_screen.hpp"

#include <nlohmann/json.hpp>

#include "core/assessment/assessment_json.hpp"
#include "store/credentials.hpp"
#include "store/journey_program_repository.hpp"

namespace motus::api {

namespace care = core::care;

care::Standing standing_of(const std::optional<core::program::ProgramState>& state) {
  if (!state) return care::Standing::no_program;
  return state->paused ? care::Standing::paused : care::Standing::running;
}

core::assessment::FlareOutcome recheck_with_history(store::Connection& connection,
                                                    const std::string& member_id,
                                                    core::assessment::FlareCheck check) {
  namespace a = core::assessment;
  if (const auto intake = store::latest_intake(connection, member_id)) {
    // The stored intake was accepted when it was sent; one that no longer reads (a field since
    // renamed) adds no history rather than failing the member's check-in.
    try {
      check.history = a::lasting_history(a::parse_intake(intake->intake));
    } catch (const a::InputError&) {
    } catch (const nlohmann::json::exception&) {
    }
  }
  return a::recheck(check);
}

store::CareFlag care_flag_row(const std::string& member_id, const care::CareFlagRaised& flag,
                              std::int64_t at) {
  return {store::new_id(at),
          member_id,
          std::string(core::assessment::name_of(flag.kind)),
          std::string(flag.source),
          nlohmann::json(flag.reason_codes).dump(),
          at,
          std::nullopt,
          {},
          {},
          {}};
}

}  // namespace motus::api
