#pragma once
// A therapist's availability (core/calendar/availability.hpp), stored across availability_settings,
// availability_windows, availability_days_off and availability_exceptions.
#include <cstdint>
#include <optional>
#include <string>

#include "core/calendar/availability.hpp"
#include "store/db.hpp"

namespace motus::store {

// Nothing when the therapist has never set their availability.
std::optional<core::Availability> find_availability(Connection& connection,
                                                    const std::string& therapist_id);

// Replaces all of the therapist's availability with `availability`.
void replace_availability(Connection& connection, const std::string& therapist_id,
                          const core::Availability& availability, std::int64_t now_ms);

}  // namespace motus::store
