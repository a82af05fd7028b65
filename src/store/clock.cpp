#include "store/clock.hpp"

#include <chrono>
#include <fstream>

namespace motus::store {

std::int64_t SystemClock::now_ms() const {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::int64_t OffsetFileClock::now_ms() const { return SystemClock().now_ms() + offset_ms(); }

std::int64_t OffsetFileClock::offset_ms() const {
  std::error_code error;
  const auto time = std::filesystem::last_write_time(file_, error);
  if (error) return 0;
  const auto size = std::filesystem::file_size(file_, error);
  if (error) return 0;
  std::lock_guard lock(mutex_);
  if (time != seen_time_ || size != seen_size_) {
    std::ifstream in(file_);
    double seconds = 0;
    if (!(in >> seconds)) seconds = 0;
    offset_ms_ = static_cast<std::int64_t>(seconds * 1000.0);
    seen_time_ = time;
    seen_size_ = size;
  }
  return offset_ms_;
}

std::unique_ptr<Clock> make_clock(const std::string& offset_file) {
  if (offset_file.empty()) return std::make_unique<SystemClock>();
  return std::make_unique<OffsetFileClock>(offset_file);
}

}  // namespace motus::store
