#pragma once
// What a screen causes (docs/clinical-sources.md §3), decided in one place for all three screens:
// the intake, a flare check-in and a session's flare check. The tier comes from the assessment
// rules (assess() or recheck()); this says what follows from it: whether a program starts, goes on,
// pauses or stays paused, whether the care team is alerted and why, and what the member reads.
// The handlers only turn the answer into store writes. Pure: values in, a value out.
//
// docs/clinical-sources.md §3: emergency, "stop self-care, show emergency guidance, alert the care
// team"; urgent, "pause the program, see a doctor, alert the care team"; routine review, "keep the
// gentle program, recommend a doctor"; self-care, "program". A paused program stays paused
// until someone has looked at it: a calm answer later does not undo a warning sign.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/assessment/assessment.hpp"
#include "core/assessment/enum_names.hpp"
#include "core/assessment/flare_check.hpp"
#include "core/content/language.hpp"

namespace motus::core::care {

// The screens that ask the warning-sign questions: "screen at intake and again on every flare".
enum class Screen { intake, checkin, session };

// The member's program as the screen finds it. An intake starts afresh whatever came before.
enum class Standing { no_program, running, paused };

// What the screen found.
struct ScreenOutcome {
  Screen screen = Screen::checkin;
  assessment::Tier tier = assessment::Tier::self_care;
  std::vector<assessment::TriageReason> reasons;  // most urgent first
};

ScreenOutcome outcome_of(const assessment::Assessment& assessment);
ScreenOutcome outcome_of(Screen screen, const assessment::FlareOutcome& outcome);

// What happens to the program.
enum class ProgramStep {
  start,        // intake, routine or self-care: a program is built and starts
  withhold,     // intake, emergency or urgent: no program (an earlier one is removed)
  keep,         // flare: the program goes on as it was
  pause,        // flare: the program pauses now
  stay_paused,  // flare: it was paused already and stays paused
  none,         // flare: there is no program to change
};

// The care team's alert. `source` is care_flags.source: the schema allows intake, session and
// instrument, so a check-in's flare check counts as "session", the flare check's own source.
struct CareFlagRaised {
  assessment::Tier kind = assessment::Tier::urgent;  // emergency or urgent
  std::vector<std::string> reason_codes;             // the screen's reasons, most urgent first
  std::string_view source;
};

struct AfterScreen {
  assessment::Tier tier = assessment::Tier::self_care;
  ProgramStep program = ProgramStep::none;
  bool paused = false;  // the program is paused once this is applied (pause or stay_paused)
  std::optional<CareFlagRaised> care_flag;
  // What the member reads about what happens now, in agreement with the tier. Empty after an
  // intake: the assessment's own advice (advice_for) says it there.
  std::string advice;
};

AfterScreen after_screen(Standing standing, const ScreenOutcome& outcome);

// The advice in `language` (after.advice is the English): what to do by tier and what happens
// to the program, the care team told or not. Empty after an intake.
std::string advice_in(const AfterScreen& after, Language language);

}  // namespace motus::core::care

namespace motus::core::assessment {
template <>
struct EnumNames<care::Screen> {
  static constexpr std::array<std::string_view, 3> names{"intake", "checkin", "session"};
};
template <>
struct EnumNames<care::Standing> {
  static constexpr std::array<std::string_view, 3> names{"no_program", "running", "paused"};
};
template <>
struct EnumNames<care::ProgramStep> {
  static constexpr std::array<std::string_view, 6> names{"start", "withhold",    "keep",
                                                         "pause", "stay_paused", "none"};
};
}  // namespace motus::core::assessment
