#include "http/log.hpp"

#include <fmt/chrono.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>

namespace motus::log {

namespace {
std::atomic<Level> threshold{Level::info};

spdlog::logger& sink() {
  // stdout_sink_mt serialises writers so concurrent lines never interleave.
  static auto logger = [] {
    auto l = std::make_shared<spdlog::logger>("motus",
                                              std::make_shared<spdlog::sinks::stdout_sink_mt>());
    l->set_pattern("%v");
    l->set_level(spdlog::level::trace);
    // Events reach the file at once; access-log lines are flushed at least every second,
    // which keeps a write system call off every request.
    spdlog::flush_every(std::chrono::seconds(1));
    spdlog::register_logger(l);
    return l;
  }();
  return *logger;
}

const char* name(Level level) {
  switch (level) {
    case Level::debug:
      return "debug";
    case Level::info:
      return "info";
    case Level::warn:
      return "warn";
    case Level::error:
      return "error";
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
  throw std::invalid_argument("log level must be debug, info, warn or error, not '" +
                              std::string(level) + "'");
}

namespace {
void emit(Level level, std::string_view event, nlohmann::json fields, bool flush) {
  if (level < threshold.load(std::memory_order_relaxed)) return;
  const auto spd_level = level == Level::error  ? spdlog::level::err
                         : level == Level::warn ? spdlog::level::warn
                                                : spdlog::level::info;
  const auto now = std::chrono::system_clock::now();
  nlohmann::json line = {{"time", fmt::format("{:%Y-%m-%dT%H:%M:%S}Z",
                                              std::chrono::floor<std::chrono::milliseconds>(now))},
                         {"level", name(level)},
                         {"msg", event}};
  if (fields.is_object()) line.update(fields);
  auto& logger = sink();
  logger.log(spd_level, line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  if (flush) logger.flush();
}
}  // namespace

void write(Level level, std::string_view event, nlohmann::json fields) {
  emit(level, event, std::move(fields), true);
}

void access(nlohmann::json fields) { emit(Level::info, "request", std::move(fields), false); }

}  // namespace motus::log
