// PUT /api/v1/organizations/{id}/roster and `motus roster import`: a CSV file → the roster
// reader. Every row is either an entry or a rejected row with a reason; never both, never lost.
#include <cstddef>
#include <cstdint>

#include "core/roster/csv_reader.hpp"
#include "core/roster/roster.hpp"
#include "fuzz_check.hpp"
#include "request_body.hpp"

using motus::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto text = motus::fuzz::as_text(data, size);
  motus::core::CsvReader reader(text);
  motus::core::CsvRecord record;
  std::size_t records = 0;
  std::size_t last_line = 0;
  while (reader.next(record)) {
    require(record.line > last_line || records == 0, "CSV records out of line order");
    last_line = record.line;
    const double read = reader.fraction_read();
    require(read >= 0 && read <= 1, "fraction read outside 0-1");
    ++records;
  }
  try {
    const auto roster = motus::core::parse_roster_csv(text);
    for (const auto& entry : roster.entries) {
      require(!entry.email.empty() || !entry.employee_id.empty(),
              "an entry with neither email nor employee id");
      require(entry.line >= 2, "an entry on the header line");
    }
    for (const auto& row : roster.rejected)
      require(!row.reason.empty(), "a rejected row with no reason");
  } catch (const motus::core::RosterFileError& error) {
    require(*error.what() != '\0', "a roster error without a message");
  }
  return 0;
}
