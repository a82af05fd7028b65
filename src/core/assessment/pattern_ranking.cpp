#include <algorithm>
#include <array>

#include "core/assessment/assessment.hpp"
#include "core/assessment/criteria.hpp"

namespace motus::core::assessment {
namespace {

constexpr int kFullScore = 100;

struct Tally {
  int points = 0;
  std::vector<std::string> evidence;
};

// Ties go to nonspecific (a specific pattern must beat the default, not equal it), then to
// the order of `Pattern`.
bool ranks_before(Pattern a, int a_points, Pattern b, int b_points) {
  if (a_points != b_points) return a_points > b_points;
  if ((a == Pattern::nonspecific) != (b == Pattern::nonspecific)) {
    return a == Pattern::nonspecific;
  }
  return static_cast<int>(a) < static_cast<int>(b);
}

}  // namespace

std::vector<PatternScore> rank_patterns(const Intake& intake) {
  std::array<Tally, enum_count<Pattern>()> tallies;
  for (const Criterion& row : criteria()) {
    if (!row.present(intake)) continue;
    Tally& tally = tallies[static_cast<std::size_t>(row.pattern)];
    tally.points += row.points;
    tally.evidence.emplace_back(row.evidence);
  }
  Tally& nonspecific = tallies[static_cast<std::size_t>(Pattern::nonspecific)];
  nonspecific.points = kNonspecificPoints;

  struct Ranked {
    Pattern pattern;
    int points;
  };
  std::array<Ranked, enum_count<Pattern>()> order;
  for (std::size_t i = 0; i < order.size(); ++i) {
    order[i] = {static_cast<Pattern>(i), std::clamp(tallies[i].points, 0, kFullScore)};
  }
  std::sort(order.begin(), order.end(), [](const Ranked& a, const Ranked& b) {
    return ranks_before(a.pattern, a.points, b.pattern, b.points);
  });

  nonspecific.evidence.emplace_back(
      order.front().pattern == Pattern::nonspecific ? kNonspecificWhenTop : kNonspecificWhenBehind);

  std::vector<PatternScore> ranked;
  ranked.reserve(order.size());
  for (const Ranked& entry : order) {
    ranked.push_back({entry.pattern, entry.points / static_cast<double>(kFullScore),
                      std::move(tallies[static_cast<std::size_t>(entry.pattern)].evidence)});
  }
  return ranked;
}

}  // namespace motus::core::assessment
