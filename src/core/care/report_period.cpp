#include "core/care/report_period.hpp"

#include <chrono>
#include <cstdio>

namespace motus::core::care {

namespace {

using namespace std::chrono;

std::optional<year_month_day> day_of(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int y = 0;
  unsigned m = 0;
  unsigned d = 0;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  }
  y = std::stoi(std::string(text.substr(0, 4)));
  m = static_cast<unsigned>(std::stoi(std::string(text.substr(5, 2))));
  d = static_cast<unsigned>(std::stoi(std::string(text.substr(8, 2))));
  const year_month_day day{year{y}, month{m}, std::chrono::day{d}};
  if (!day.ok()) return std::nullopt;
  return day;
}

std::int64_t ms_of(year_month first) {
  return duration_cast<milliseconds>(sys_days{first / 1}.time_since_epoch()).count();
}

}  // namespace

std::optional<std::vector<ReportMonth>> report_months(std::string_view from, std::string_view to) {
  const auto start = day_of(from);
  const auto end = day_of(to);
  if (!start || !end || sys_days{*end} < sys_days{*start}) return std::nullopt;
  const year_month first{start->year(), start->month()};
  const year_month last{end->year(), end->month()};
  const auto span = (last - first).count() + 1;
  if (span > kLongestReportMonths) return std::nullopt;
  std::vector<ReportMonth> months;
  for (auto at = first; at <= last; at += std::chrono::months{1}) {
    char label[16];
    std::snprintf(label, sizeof label, "%04d-%02u", static_cast<int>(at.year()),
                  static_cast<unsigned>(at.month()));
    months.push_back({label, ms_of(at), ms_of(at + std::chrono::months{1})});
  }
  return months;
}

std::string csv_cell(std::string_view text) {
  std::string cell(text);
  if (!cell.empty() && (cell.front() == '=' || cell.front() == '+' || cell.front() == '-' ||
                        cell.front() == '@' || cell.front() == '\t' || cell.front() == '\r')) {
    cell.insert(cell.begin(), '\'');
  }
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (const char c : cell) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

}  // namespace motus::core::care
