#include "progress.hpp"

#include <cstdio>

namespace motus::bench {

namespace {

constexpr auto kEvery = std::chrono::seconds(3);

}  // namespace

Progress::Progress(std::ostream& out, std::int64_t members_total)
    : out_(out), members_total_(members_total) {}

double Progress::seconds() const {
  return std::chrono::duration<double>(Clock::now() - started_).count();
}

void Progress::advance(std::int64_t members, std::int64_t rows) {
  members_ += members;
  rows_ += rows;
  const auto now = Clock::now();
  if (now - last_line_ < kEvery) return;
  last_line_ = now;
  const double elapsed = seconds();
  const double rows_per_second = static_cast<double>(rows_) / elapsed;
  const double left = members_ > 0 ? elapsed * static_cast<double>(members_total_ - members_) /
                                         static_cast<double>(members_)
                                   : 0.0;
  char line[160];
  std::snprintf(line, sizeof line, "  %9lld / %lld members  %11lld rows  %8.0f rows/s  ETA %4.0f s",
                static_cast<long long>(members_), static_cast<long long>(members_total_),
                static_cast<long long>(rows_), rows_per_second, left);
  out_ << line << std::endl;
}

void Progress::finish() {
  const double elapsed = seconds();
  char line[160];
  std::snprintf(line, sizeof line, "  %lld members, %lld rows in %.1f s (%.0f rows/s)",
                static_cast<long long>(members_), static_cast<long long>(rows_), elapsed,
                static_cast<double>(rows_) / elapsed);
  out_ << line << std::endl;
}

}  // namespace motus::bench
