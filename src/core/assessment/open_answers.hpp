#pragma once
// Answers an intake left open that change what Motus should say (docs/clinical-sources.md §3:
// "where the intake cannot tell, ask one more question instead of assuming the safe side"). The
// triage uses them to hold back a settled answer; follow_up_questions() turns them into questions.
#include <array>

#include "core/assessment/intake.hpp"

namespace motus::core::assessment {

// Pain below both knees, no numbness, tingling or weakness given, and the both-legs question
// not answered.
bool both_legs_unclear(const Intake& intake);

// Nerve signs given without saying which leg.
bool nerve_sign_side_unclear(const Intake& intake);

// Leg weakness given without saying whether it is getting worse.
bool weakness_course_unclear(const Intake& intake);

// Pregnant, and this warning sign of pregnancy not answered.
bool pregnancy_warning_unanswered(const Intake& intake, RedFlag flag);

// After a birth, with no time since the birth given.
bool time_since_birth_unclear(const Intake& intake);

// Thin bones or long-term steroids, pain of 12 weeks or more, and how it began not said.
bool fragile_bone_onset_unclear(const Intake& intake);

// The warning signs of pregnancy, asked in pregnancy only (docs/clinical-sources.md §3).
inline constexpr std::array<RedFlag, 4> kPregnancyWarnings{
    RedFlag::pregnancy_bleeding, RedFlag::pregnancy_fluid_loss, RedFlag::pregnancy_tightenings,
    RedFlag::reduced_baby_movements};

}  // namespace motus::core::assessment
