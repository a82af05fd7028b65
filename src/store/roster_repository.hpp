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

// The member account already made for the person `key` names (core::enrollment_key), if any.
std::optional<std::string> find_enrolled_member(Connection& connection, const std::string& key);
// Records that `member_id` is the one account of the person `key` names; StoreError(constraint)
// when that person already has one.
void enroll_member(Connection& connection, const std::string& key, const std::string& member_id);

}  // namespace motus::store
