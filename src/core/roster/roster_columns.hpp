#pragma once
// Which header names mean which roster column. Kept apart from the parser so the accepted
// spellings are listed in one place.
#include <optional>
#include <string_view>

namespace motus::core {

enum class RosterColumn { first_name, last_name, date_of_birth, email, employee_id };

// The column a header cell names, compared with case, spaces, underscores and hyphens ignored.
std::optional<RosterColumn> roster_column_named(std::string_view header);
// How the column is called in messages, e.g. "date of birth".
std::string_view describe(RosterColumn column);

}  // namespace motus::core
