#pragma once
// The store side of a screen's consequences (core/care/after_screen.hpp): the core decides what
// an intake, a flare check-in or a session's flare check causes; these turn that decision into
// the rows the three handlers write.
#include <cstdint>
#include <optional>
#include <string>

#include "core/care/after_screen.hpp"
#include "core/program/program_state.hpp"
#include "store/journey_care_flag_repository.hpp"

namespace motus::api {

// How the screen finds the member's program: none, running or paused.
core::care::Standing standing_of(const std::optional<core::program::ProgramState>& state);

// The care_flags row for the care team's alert.
store::CareFlag care_flag_row(const std::string& member_id, const core::care::CareFlagRaised& flag,
                              std::int64_t at);

}  // namespace motus::api
