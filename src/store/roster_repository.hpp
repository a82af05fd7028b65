#pragma once
// Eligibility rosters: loading an organization's roster and finding whether a person is on one.
#include <optional>
#include <string>

#include "core/access/identity.hpp"
#include "store/db.hpp"

namespace motus::store {

// The id of the organization whose roster lists this person: first name, last name and date of
// birth must match, plus either the email or the organization's enrollment code. nullopt when
// no roster lists them.
std::optional<std::string> find_eligible_organization(Connection& connection,
                                                      const core::Identity& identity);

}  // namespace motus::store
