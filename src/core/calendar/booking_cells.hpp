#pragma once
// The cells an appointment occupies. Double booking is made impossible by the database: each
// booked appointment holds one row per 15-minute cell of its time for its therapist and one for
// its member, and the (owner, cell) pair is a primary key (migrations/*/0011_appointments.sql).
// Slots are 15, 30 or 45 minutes long and start on a 15-minute boundary in UTC (every time zone
// in use today is a whole number of quarter hours from UTC), so two appointments overlap exactly
// when they share a cell.
#include <cstdint>
#include <vector>

namespace motus::core {

inline constexpr std::int64_t kCellMs = 15 * 60 * 1000;

// True when [starts_at, ends_at) is non-empty and both ends fall on cell boundaries.
bool on_cell_boundaries(std::int64_t starts_at, std::int64_t ends_at);

// The start of every cell in [starts_at, ends_at); empty unless on_cell_boundaries().
std::vector<std::int64_t> booking_cells(std::int64_t starts_at, std::int64_t ends_at);

}  // namespace motus::core
