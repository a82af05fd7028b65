#pragma once
// The store side of a screen's consequences (core/care/after_screen.hpp): the core decides what
// an intake, a flare check-in or a session's flare check causes; these turn that decision into
// the rows the three handlers write.
#include <cstdint>
#include <optional>
#include <string>

#include "core/assessment/flare_check.hpp"
#include "core/care/after_screen.hpp"
#include "core/program/program_state.hpp"
#include "store/journey_care_flag_repository.hpp"

namespace motus::api {

// How the screen finds the member's program: none, running or paused.
core::care::Standing standing_of(const std::optional<core::program::ProgramState>& state);

// A flare check judged with what the member's latest intake said that lasts (a past cancer,
// weakened defences, injecting drugs: assessment::lasting_history), so a new nerve sign next to
// it is the emergency it is (NICE NG234) although the flare questions do not ask the history
// again. Call inside the write that acts on the outcome.
core::assessment::FlareOutcome recheck_with_history(store::Connection& connection,
                                                    const std::string& member_id,
                                                    core::assessment::FlareCheck check);

// The care_flags row for the care team's alert.
store::CareFlag care_flag_row(const std::string& member_id, const core::care::CareFlagRaised& flag,
                              std::int64_t at);

}  // namespace motus::api
