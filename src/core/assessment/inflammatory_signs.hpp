#pragma once
// Counts of the published criteria for inflammatory back pain (axial spondyloarthritis).
// Both lists apply only to back pain lasting more than 3 months that began before age 45, and not
// to pain that began suddenly with an injury and is eased by rest (a mechanical picture).
#include "core/assessment/intake.hpp"

namespace motus::core::assessment {

// Each list is counted on its own and never mixed: ASAS ≥ 4 of 5 or NICE ≥ 4 → refer; exactly 3
// on the NICE list → ask about an HLA-B27 blood test (NICE NG65). ASAS has no "3" rule.
struct InflammatorySigns {
  bool applies = false;  // pain for more than 3 months, begun before age 45, not after a jolt
  int asas = 0;          // ASAS criteria met, of 5 (Sieper 2009)
  int nice = 0;          // NICE NG65 features met
};

// Age when the pain began, in whole years, from today's age and how long it has lasted.
int age_at_onset(const Intake& intake);

InflammatorySigns inflammatory_signs(const Intake& intake);

}  // namespace motus::core::assessment
