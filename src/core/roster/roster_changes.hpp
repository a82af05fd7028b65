#pragma once
// How a new roster differs from the one it replaces, counted per person so the admin hears
// how many people are new, how many were already there and how many are no longer covered.
#include <cstddef>
#include <string>
#include <vector>

#include "core/roster/roster.hpp"

namespace motus::core {

// Who a roster row is, for comparing two uploads: the same person keeps their name and date of
// birth, or their employee id (a name can change, an employee id stays).
struct RosterPerson {
  std::string first_name;
  std::string last_name;
  std::string date_of_birth;
  std::string employee_id;
};

struct RosterChanges {
  std::size_t added = 0;    // on the new roster only
  std::size_t kept = 0;     // on both
  std::size_t removed = 0;  // on the old roster only
};

RosterChanges compare_rosters(const std::vector<RosterPerson>& previous,
                              const std::vector<RosterEntry>& next);

}  // namespace motus::core
