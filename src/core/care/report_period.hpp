#pragma once
// The organization report's period and its monthly trend, and the CSV an organization admin
// downloads. A period is whole calendar months (UTC) from the month of `from` to the month of
// `to`, at most kLongestReportMonths; each month's counts are de-identified like every other
// cell (report_suppression.hpp). A CSV cell that a spreadsheet would run as a formula (it
// starts with = + - @, a tab or a carriage return) is written with a leading apostrophe, so
// opening the download never runs anything (OWASP "CSV injection").
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace motus::core::care {

inline constexpr int kLongestReportMonths = 24;

struct ReportMonth {
  std::string label;          // "2026-11"
  std::int64_t start_ms = 0;  // the first instant of the month (UTC)
  std::int64_t end_ms = 0;    // the first instant of the next month
};

// The months from `from` to `to` (both YYYY-MM-DD), oldest first; nullopt when a date is not a
// real day, `to` is before `from`, or the span is longer than kLongestReportMonths months.
std::optional<std::vector<ReportMonth>> report_months(std::string_view from, std::string_view to);

// One CSV field: quoted when it holds a comma, quote or line break, and made inert (a leading
// ') when it starts like a formula.
std::string csv_cell(std::string_view text);

}  // namespace motus::core::care
