#pragma once
// Structured logs: one JSON object per line on stdout. Callers pass an event name and fields;
// never a request or response body, never health data.
#include <nlohmann/json.hpp>
#include <string_view>

namespace motus::log {

enum class Level { debug, info, warn, error };

// Sets the lowest level written ("debug", "info", "warn", "error"); throws on an unknown name.
void set_level(std::string_view level);
void write(Level level, std::string_view event, nlohmann::json fields = nlohmann::json::object());
// One access-log line ("msg":"request"); buffered and flushed at least once a second.
void access(nlohmann::json fields);

inline void debug(std::string_view e, nlohmann::json f = nlohmann::json::object()) {
  write(Level::debug, e, std::move(f));
}
inline void info(std::string_view e, nlohmann::json f = nlohmann::json::object()) {
  write(Level::info, e, std::move(f));
}
inline void warn(std::string_view e, nlohmann::json f = nlohmann::json::object()) {
  write(Level::warn, e, std::move(f));
}
inline void error(std::string_view e, nlohmann::json f = nlohmann::json::object()) {
  write(Level::error, e, std::move(f));
}

}  // namespace motus::log
