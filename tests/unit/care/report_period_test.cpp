#include "core/care/report_period.hpp"

#include <gtest/gtest.h>

namespace motus::core::care {
namespace {

TEST(ReportPeriod, WholeMonthsFromTheFirstToTheLast) {
  const auto months = report_months("2025-11-20", "2026-02-03");
  ASSERT_TRUE(months);
  ASSERT_EQ(months->size(), 4u);
  EXPECT_EQ((*months)[0].label, "2025-11");
  EXPECT_EQ((*months)[3].label, "2026-02");
  EXPECT_EQ((*months)[0].start_ms, 1761955200000);  // 2025-11-01T00:00:00Z
  EXPECT_EQ((*months)[0].end_ms, (*months)[1].start_ms);
  EXPECT_EQ((*months)[3].end_ms, 1772323200000);  // 2026-03-01T00:00:00Z
}

TEST(ReportPeriod, ABadOrTooLongPeriodIsRefused) {
  EXPECT_FALSE(report_months("2026-02-30", "2026-03-01"));
  EXPECT_FALSE(report_months("2026-03-01", "2026-02-01"));
  EXPECT_FALSE(report_months("26-03-01", "2026-04-01"));
  EXPECT_FALSE(report_months("2024-01-01", "2026-01-01")) << "25 months";
  EXPECT_TRUE(report_months("2024-02-01", "2026-01-31")) << "24 months";
}

TEST(ReportPeriod, CsvCellsNeverRunAsFormulas) {
  EXPECT_EQ(csv_cell("Demo Employer"), "Demo Employer");
  EXPECT_EQ(csv_cell("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
  EXPECT_EQ(csv_cell("+1"), "'+1");
  EXPECT_EQ(csv_cell("-2"), "'-2");
  EXPECT_EQ(csv_cell("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(csv_cell("\tx"), "'\tx");
  EXPECT_EQ(csv_cell("\rx"), "\"'\rx\"");
  EXPECT_EQ(csv_cell("Smith, Jones"), "\"Smith, Jones\"");
  EXPECT_EQ(csv_cell(""), "");
}

}  // namespace
}  // namespace motus::core::care
