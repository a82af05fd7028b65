#include "core/instruments/change.hpp"

#include <cmath>

namespace motus::core::instruments {
namespace {

// Scores like a PSFS mean are fractions: 6.2 − 4.2 must count as the 2 points it is.
constexpr double kTolerance = 1e-9;

ScoreChange judge(Better better, double points, std::optional<double> percent, double before,
                  double after) {
  ScoreChange change;
  change.improvement = better == Better::lower ? before - after : after - before;
  if (before != 0) change.percent = 100.0 * change.improvement / std::fabs(before);
  const double size = std::fabs(change.improvement);
  const bool big_enough = size + kTolerance >= points ||
                          (percent && change.percent &&
                           std::fabs(*change.percent) + kTolerance >= *percent && size > 0);
  if (big_enough) {
    change.verdict = change.improvement > 0 ? ChangeVerdict::meaningful_improvement
                                            : ChangeVerdict::meaningful_worsening;
  }
  return change;
}

}  // namespace

ScoreChange interpret_change(const ChangeRule& rule, double before, double after) {
  return judge(rule.better, rule.points, rule.percent, before, after);
}

ScoreChange interpret_item_change(const ChangeRule& rule, double before, double after) {
  if (rule.item_points) return judge(rule.better, *rule.item_points, std::nullopt, before, after);
  return judge(rule.better, rule.points, rule.percent, before, after);
}

}  // namespace motus::core::instruments
