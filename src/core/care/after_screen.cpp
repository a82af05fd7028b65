#include "core/care/after_screen.hpp"

namespace motus::core::care {
namespace {

using assessment::Tier;

// docs/clinical-sources.md §3: emergency and urgent stop self-care and alert the care team; a
// routine review keeps the gentle program and recommends a doctor; self-care is the program.
bool stops_self_care(Tier tier) { return tier == Tier::emergency || tier == Tier::urgent; }

// The care_flags.source a screen's alert is filed under (after_screen.hpp).
std::string_view source_of(Screen screen) {
  return screen == Screen::intake ? "intake" : "session";
}

ProgramStep step_for(Standing standing, const ScreenOutcome& outcome) {
  const bool stops = stops_self_care(outcome.tier);
  if (outcome.screen == Screen::intake) return stops ? ProgramStep::withhold : ProgramStep::start;
  switch (standing) {
    case Standing::no_program:
      return ProgramStep::none;
    case Standing::paused:
      return ProgramStep::stay_paused;
    case Standing::running:
      break;
  }
  return stops ? ProgramStep::pause : ProgramStep::keep;
}

// What to do, by tier: the same next step the flare check's own advice names (advice.cpp).
constexpr std::array<std::string_view, assessment::enum_count<Tier>()> kWhatToDo{
    "Please get help now: call emergency services or go to A&E (the emergency department).",
    "Please see a doctor in the next few days, before you exercise again.",
    "Please book a visit with your doctor soon about what is new.",
    "None of your answers is a warning sign."};

std::string what_happens(ProgramStep step, Tier tier, bool care_team_told) {
  const std::string told = care_team_told ? " and told your care team." : ".";
  switch (step) {
    case ProgramStep::pause:
      return "We have paused your exercises" + told;
    case ProgramStep::stay_paused:
      return "Your exercises stay paused until your care team has talked with you" + told;
    case ProgramStep::keep:
      if (tier == Tier::self_care) {
        return "Keep moving gently with your program and skip what hurts. Tell us how your next "
               "session goes so we can adjust it.";
      }
      return "Your program goes on: keep moving gently and skip what hurts.";
    case ProgramStep::none:
      return care_team_told ? "We have told your care team."
                            : "Keep moving gently and skip what hurts.";
    case ProgramStep::start:
    case ProgramStep::withhold:
      break;
  }
  return {};
}

}  // namespace

ScreenOutcome outcome_of(const assessment::Assessment& assessment) {
  return {Screen::intake, assessment.tier, assessment.reasons};
}

ScreenOutcome outcome_of(Screen screen, const assessment::FlareOutcome& outcome) {
  return {screen, outcome.tier, outcome.reasons};
}

AfterScreen after_screen(Standing standing, const ScreenOutcome& outcome) {
  AfterScreen after;
  after.tier = outcome.tier;
  after.program = step_for(standing, outcome);
  after.paused = after.program == ProgramStep::pause || after.program == ProgramStep::stay_paused;
  if (stops_self_care(outcome.tier)) {
    CareFlagRaised flag{outcome.tier, {}, source_of(outcome.screen)};
    for (const auto& reason : outcome.reasons) flag.reason_codes.push_back(reason.code);
    after.care_flag = std::move(flag);
  }
  if (outcome.screen != Screen::intake) {
    after.advice = std::string(kWhatToDo[static_cast<std::size_t>(outcome.tier)]) + " " +
                   what_happens(after.program, outcome.tier, after.care_flag.has_value());
  }
  return after;
}

}  // namespace motus::core::care
