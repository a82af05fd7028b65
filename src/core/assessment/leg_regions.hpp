#pragma once
// The body-map regions of each leg, shared by the triage rules (both legs) and the pattern
// criteria (below the knee, one side).
#include "core/assessment/intake.hpp"

namespace motus::core::assessment {

inline constexpr EnumSet<Location> kLeftLegBelowButtock{
    Location::thigh_back_left, Location::below_knee_left, Location::foot_left};
inline constexpr EnumSet<Location> kRightLegBelowButtock{
    Location::thigh_back_right, Location::below_knee_right, Location::foot_right};
inline constexpr EnumSet<Location> kLeftBelowKnee{Location::below_knee_left, Location::foot_left};
inline constexpr EnumSet<Location> kRightBelowKnee{Location::below_knee_right,
                                                   Location::foot_right};
inline constexpr EnumSet<Location> kBelowKnee{Location::below_knee_left, Location::below_knee_right,
                                              Location::foot_left, Location::foot_right};

// Both legs marked below the buttock (the back of the thigh, below the knee or the foot).
constexpr bool legs_marked_on_both_sides(EnumSet<Location> where) {
  return where.contains_any(kLeftLegBelowButtock) && where.contains_any(kRightLegBelowButtock);
}

// Pain marked below the knee (or in the foot) on both sides.
constexpr bool pain_below_both_knees(EnumSet<Location> where) {
  return where.contains_any(kLeftBelowKnee) && where.contains_any(kRightBelowKnee);
}

}  // namespace motus::core::assessment
