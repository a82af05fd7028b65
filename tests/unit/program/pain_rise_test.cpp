#include "core/program/pain_rise.hpp"

#include <gtest/gtest.h>

namespace motus::core::program {
namespace {

TEST(PainRise, ThreePointsUpOffersTheFlareCheck) {
  EXPECT_FALSE(pain_rise_to_check(3, 5, false)) << "two points: the exercises change, no more";
  ASSERT_TRUE(pain_rise_to_check(3, 6, false));
  EXPECT_EQ(pain_rise_to_check(3, 6, false)->points, 3);
  EXPECT_EQ(pain_rise_to_check(0, 10, false)->points, 10);
  EXPECT_FALSE(pain_rise_to_check(6, 3, false)) << "pain went down";
  EXPECT_FALSE(pain_rise_to_check(2, 8, true)) << "the flare check was answered with the session";
}

}  // namespace
}  // namespace motus::core::program
