// Small-cell suppression in the organization report.
#include "core/care/report_suppression.hpp"

#include <gtest/gtest.h>

namespace motus::core::care {
namespace {

TEST(ReportSuppression, CountsUnderElevenAreHidden) {
  EXPECT_EQ(shown_count(0), std::nullopt);
  EXPECT_EQ(shown_count(10), std::nullopt);
  EXPECT_EQ(shown_count(11), 11);
  EXPECT_EQ(shown_count(5000), 5000);
  EXPECT_EQ(shown_count(4, 3), 4) << "the threshold is a parameter";
}

TEST(ReportSuppression, APercentNeedsItsPartItsWholeAndTheRestShowable) {
  EXPECT_EQ(shown_percent(20, 40), 50);
  EXPECT_EQ(shown_percent(11, 33), 33);
  EXPECT_EQ(shown_percent(22, 33), 67) << "rounded to the nearest whole percent";
  EXPECT_EQ(shown_percent(10, 40), std::nullopt) << "the part is too small";
  EXPECT_EQ(shown_percent(35, 40), std::nullopt) << "the 5 left over could be picked out";
  EXPECT_EQ(shown_percent(12, 12), std::nullopt) << "everyone: the rest is 0 people";
  EXPECT_EQ(shown_percent(0, 0), std::nullopt);
}

}  // namespace
}  // namespace motus::core::care
