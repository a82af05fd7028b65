#pragma once
// Time as the shell sees it. Everything that expires (sessions, login throttles) asks a Clock,
// never the system directly, so tests can move time forward instead of sleeping.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>

namespace motus::store {

class Clock {
 public:
  virtual ~Clock() = default;
  // Milliseconds since the Unix epoch (UTC).
  virtual std::int64_t now_ms() const = 0;
};

class SystemClock : public Clock {
 public:
  std::int64_t now_ms() const override;
};

// The wall clock plus a number of seconds read from a file, re-read whenever the file changes.
// For tests only (config key clock_offset_file): they write "1860" to jump 31 minutes ahead.
// A missing or unreadable file means no offset.
class OffsetFileClock : public Clock {
 public:
  explicit OffsetFileClock(std::filesystem::path file) : file_(std::move(file)) {}
  std::int64_t now_ms() const override;

 private:
  std::int64_t offset_ms() const;

  std::filesystem::path file_;
  mutable std::mutex mutex_;
  mutable std::filesystem::file_time_type seen_time_{};
  mutable std::uintmax_t seen_size_ = 0;
  mutable std::int64_t offset_ms_ = 0;
};

// The clock a server runs on: the system clock, or the offset clock when `offset_file` is set.
std::unique_ptr<Clock> make_clock(const std::string& offset_file);

}  // namespace motus::store
