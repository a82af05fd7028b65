#pragma once
// IANA time zones for appointments, read from the system's compiled zone files (TZDIR, else
// /usr/share/zoneinfo from Debian's tzdata) and parsed by core/calendar/time_zone; each zone is
// read once per process.
#include <optional>
#include <string>

#include "core/calendar/time_zone.hpp"

namespace motus::api {

// Nothing when the name is not a zone this machine knows.
std::optional<core::TimeZone> time_zone_named(const std::string& name);

}  // namespace motus::api
