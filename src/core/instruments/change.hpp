#pragma once
// Whether a change between two scores is one a person would notice, by the instrument's own
// rule (NPRS: 2 points or 30%, Ostelo 2008; ODI: 10 points; PSFS: 2 on the mean, 3 on one
// activity, Stratford 1995).
#include <optional>

#include "core/instruments/instrument.hpp"

namespace motus::core::instruments {

enum class ChangeVerdict { meaningful_improvement, no_meaningful_change, meaningful_worsening };

struct ScoreChange {
  double improvement = 0;         // points better (negative: worse), either direction
  std::optional<double> percent;  // the improvement as a share of the first score
  ChangeVerdict verdict = ChangeVerdict::no_meaningful_change;
};

// The change of the total score from `before` to `after`.
ScoreChange interpret_change(const ChangeRule& rule, double before, double after);

// The change of one item on its own (one PSFS activity), judged by `item_points` when the
// rule has it, else by the total's thresholds.
ScoreChange interpret_item_change(const ChangeRule& rule, double before, double after);

}  // namespace motus::core::instruments

namespace motus::core::assessment {
template <>
struct EnumNames<instruments::ChangeVerdict> {
  static constexpr std::array<std::string_view, 3> names{
      "meaningful_improvement", "no_meaningful_change", "meaningful_worsening"};
};
}  // namespace motus::core::assessment
