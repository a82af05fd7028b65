#pragma once
// Counts of the published criteria for inflammatory back pain (axial spondyloarthritis).
// Both lists apply only to back pain lasting more than 3 months that began before age 45.
#include "core/assessment/intake.hpp"

namespace motus::core::assessment {

struct InflammatorySigns {
  bool applies = false;  // pain for more than 3 months, begun before age 45
  int asas = 0;          // ASAS criteria met, of 5 (Sieper 2009: ≥4 of 5)
  int nice = 0;          // NICE NG65 features met (≥4 refer; exactly 3 → HLA-B27 test)

  // The larger count decides: 4 or more → refer, exactly 3 → ask about a blood test.
  int strongest() const { return applies ? (asas > nice ? asas : nice) : 0; }
};

// Age when the pain began, in whole years, from today's age and how long it has lasted.
int age_at_onset(const Intake& intake);

InflammatorySigns inflammatory_signs(const Intake& intake);

}  // namespace motus::core::assessment
