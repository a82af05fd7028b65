#pragma once
// The short re-screen asked on every flare or new symptom (docs/clinical-sources.md §3: "screen at
// intake and again on every flare"). It runs the same red-flag rules as the intake on a smaller
// input.
#include <optional>
#include <string>
#include <vector>

#include "core/assessment/assessment.hpp"
#include "core/assessment/intake.hpp"

namespace motus::core::assessment {

struct FlareCheck {
  int pain_now = 0;                  // 0–10, required
  std::optional<bool> new_symptoms;  // anything the person has not felt before
  EnumSet<RedFlag> red_flags;
  LegSymptoms leg_symptoms;
  // What the intake said that lasts (a past cancer, weakened defences, injecting drugs): not a
  // new reason by itself at a flare, but a new nerve sign next to it is an emergency.
  EnumSet<RedFlag> history;
};

// The lasting part of an intake's red-flag answers, carried into every later flare check.
EnumSet<RedFlag> lasting_history(const Intake& intake);

struct FlareOutcome {
  Tier tier = Tier::self_care;
  std::vector<TriageReason> reasons;  // most urgent first
  std::vector<std::string> advice;
};

Triage triage(const FlareCheck& check);

FlareOutcome recheck(const FlareCheck& check);

// What the outcome causes (a pause, a care flag) is care::after_screen's decision
// (core/care/after_screen.hpp).

}  // namespace motus::core::assessment
