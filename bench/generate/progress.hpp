#pragma once
// A line every few seconds while the generator runs: members done, rows written, rows per
// second and the time left at that pace.
#include <chrono>
#include <cstdint>
#include <ostream>

namespace motus::bench {

class Progress {
 public:
  Progress(std::ostream& out, std::int64_t members_total);

  // Called after each batch is durable.
  void advance(std::int64_t members, std::int64_t rows);
  // The closing line: totals and the average pace.
  void finish();
  std::int64_t rows() const { return rows_; }
  double seconds() const;

 private:
  using Clock = std::chrono::steady_clock;
  std::ostream& out_;
  std::int64_t members_total_;
  std::int64_t members_ = 0;
  std::int64_t rows_ = 0;
  Clock::time_point started_ = Clock::now();
  Clock::time_point last_line_ = started_;
};

}  // namespace motus::bench
