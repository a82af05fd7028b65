#include "api/visits/time_zones.hpp"

#include <cstdlib>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

namespace motus::api {

std::optional<core::TimeZone> time_zone_named(const std::string& name) {
  if (name == "UTC" || name == "Etc/UTC") return core::TimeZone{};
  if (!core::plausible_time_zone_name(name)) return std::nullopt;
  static std::mutex mutex;
  static std::map<std::string, std::optional<core::TimeZone>> known;
  const std::lock_guard lock(mutex);
  if (const auto found = known.find(name); found != known.end()) return found->second;
  const char* dir = std::getenv("TZDIR");
  std::ifstream in(std::string(dir && *dir ? dir : "/usr/share/zoneinfo") + "/" + name,
                   std::ios::binary);
  std::optional<core::TimeZone> zone;
  if (in) {
    std::stringstream bytes;
    bytes << in.rdbuf();
    if (bytes.str().size() <= 1'000'000) zone = core::parse_tzif(bytes.str());
  }
  if (known.size() < 1000) known.emplace(name, zone);
  return zone;
}

}  // namespace motus::api
