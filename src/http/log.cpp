#include "http/log.hpp"

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>

#include <fmt/chrono.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace motus::log {

namespace {
std::atomic<Level> threshold{Level::info};

spdlog::logger& sink() {
  // stdout_sink_mt serialises writers so concurrent lines never interleave.
  static auto logger = [] {
    auto l = std::make_shared<spdlog::logger>("motus", std::make_shared<spdlog::sinks::stdout_sink_mt>());
    l->set_pattern("%v");
    l->set_level(spdlog::level::trace);
    l->flush_on(spdlog::level::trace);
    return l;
  }();
  return *logger;
}

const char* name(Level level) {
  switch (level) {
    case Level::debug: return "debug";
    case Level::info: return "info";
    case Level::warn: return "warn";
    case Level::error: return "error";
  }
  return "info";
}
}  // namespace

void set_level(std::string_view level) {
  for (Level l : {Level::debug, Level::info, Level::warn, Level::error}) {
    if (level == name(l)) {
      threshold = l;
      return;
    }
  }
  throw std::invalid_argument("log level must be debug, info, warn or error, not '" + std::string(level) + "'");
}

void write(Level level, std::string_view event, nlohmann::json fields) {
  if (level < threshold.load(std::memory_order_relaxed)) return;
  const auto now = std::chrono::system_clock::now();
  nlohmann::json line = {{"time", fmt::format("{:%Y-%m-%dT%H:%M:%S}Z", std::chrono::floor<std::chrono::milliseconds>(now))},
                         {"level", name(level)},
                         {"msg", event}};
  if (fields.is_object()) line.update(fields);
  sink().info(line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

}  // namespace motus::log
