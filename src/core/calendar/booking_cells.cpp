#include "core/calendar/booking_cells.hpp"

namespace motus::core {

bool on_cell_boundaries(std::int64_t starts_at, std::int64_t ends_at) {
  return ends_at > starts_at && starts_at % kCellMs == 0 && ends_at % kCellMs == 0;
}

std::vector<std::int64_t> booking_cells(std::int64_t starts_at, std::int64_t ends_at) {
  std::vector<std::int64_t> cells;
  if (!on_cell_boundaries(starts_at, ends_at)) return cells;
  for (auto cell = starts_at; cell < ends_at; cell += kCellMs) cells.push_back(cell);
  return cells;
}

}  // namespace motus::core
