// Change interpretation: each instrument's threshold at its edge.
#include "core/instruments/change.hpp"

#include <gtest/gtest.h>

#include "definitions.hpp"

namespace {

using motus::core::instruments::ChangeVerdict;
using motus::core::instruments::interpret_change;
using motus::core::instruments::interpret_item_change;
using motus::test::licensed;
using motus::test::shipped;

const motus::core::instruments::ChangeRule& rule_of(
    const motus::core::instruments::InstrumentDefinition& definition) {
  if (!definition.change) throw std::runtime_error(definition.id + " has no change rule");
  return *definition.change;
}

TEST(NprsChange, TwoPointsDownIsMeaningful) {
  const auto& rule = rule_of(shipped("nprs"));
  EXPECT_EQ(interpret_change(rule, 8, 6).verdict, ChangeVerdict::meaningful_improvement);
  // 8 → 7 is one point and 12.5%: neither threshold
  EXPECT_EQ(interpret_change(rule, 8, 7).verdict, ChangeVerdict::no_meaningful_change);
}

TEST(NprsChange, ThirtyPercentCountsWhenPointsAreFew) {
  const auto& rule = rule_of(shipped("nprs"));
  // 3 → 2 is one point but 33%
  const auto change = interpret_change(rule, 3, 2);
  EXPECT_EQ(change.verdict, ChangeVerdict::meaningful_improvement);
  EXPECT_NEAR(*change.percent, 33.33, 0.01);
  // 4 → 3 is 25%
  EXPECT_EQ(interpret_change(rule, 4, 3).verdict, ChangeVerdict::no_meaningful_change);
}

TEST(NprsChange, WorseningIsNamedToo) {
  const auto& rule = rule_of(shipped("nprs"));
  const auto change = interpret_change(rule, 2, 5);
  EXPECT_EQ(change.verdict, ChangeVerdict::meaningful_worsening);
  EXPECT_EQ(change.improvement, -3);
  EXPECT_EQ(interpret_change(rule, 0, 1).verdict, ChangeVerdict::no_meaningful_change);
  EXPECT_FALSE(interpret_change(rule, 0, 1).percent);
}

TEST(PsfsChange, HigherIsBetterTwoOnTheMeanThreeOnOneActivity) {
  const auto& rule = rule_of(shipped("psfs"));
  EXPECT_EQ(interpret_change(rule, 4.2, 6.2).verdict, ChangeVerdict::meaningful_improvement);
  EXPECT_EQ(interpret_change(rule, 4.2, 6.0).verdict, ChangeVerdict::no_meaningful_change);
  EXPECT_EQ(interpret_item_change(rule, 3, 5).verdict, ChangeVerdict::no_meaningful_change);
  EXPECT_EQ(interpret_item_change(rule, 3, 6).verdict, ChangeVerdict::meaningful_improvement);
  EXPECT_EQ(interpret_item_change(rule, 6, 3).verdict, ChangeVerdict::meaningful_worsening);
}

TEST(OdiChange, TenPointsIsTheMinimalImportantChange) {
  const auto& rule = rule_of(licensed("odi"));
  EXPECT_EQ(interpret_change(rule, 40, 30).verdict, ChangeVerdict::meaningful_improvement);
  EXPECT_EQ(interpret_change(rule, 40, 32).verdict, ChangeVerdict::no_meaningful_change);
}

}  // namespace
