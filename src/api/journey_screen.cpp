#include "api/journey_screen.hpp"

#include <nlohmann/json.hpp>

#include "store/credentials.hpp"

namespace motus::api {

namespace care = core::care;

care::Standing standing_of(const std::optional<core::program::ProgramState>& state) {
  if (!state) return care::Standing::no_program;
  return state->paused ? care::Standing::paused : care::Standing::running;
}

store::CareFlag care_flag_row(const std::string& member_id, const care::CareFlagRaised& flag,
                              std::int64_t at) {
  return {store::new_id(at),
          member_id,
          std::string(core::assessment::name_of(flag.kind)),
          std::string(flag.source),
          nlohmann::json(flag.reason_codes).dump(),
          at,
          std::nullopt};
}

}  // namespace motus::api
