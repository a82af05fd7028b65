#pragma once
// Organizations that sponsor Motus for their people: an employer or a health plan, known to
// its members by an enrollment code.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/db.hpp"

namespace motus::store {

struct Organization {
  std::string id;
  std::string name;
  std::string enrollment_code;  // upper-case
  std::int64_t created_at = 0;  // epoch ms
};

struct OrganizationSummary {
  Organization organization;
  std::int64_t roster_size = 0;
};

// Enrollment codes are compared case-insensitively, so they are stored upper-case.
std::string canonical_enrollment_code(std::string_view code);

// Throws StoreError(constraint) when another organization already has the enrollment code.
void insert_organization(Connection& connection, const Organization& organization);
std::optional<Organization> find_organization(Connection& connection, const std::string& id);
std::optional<Organization> find_organization_by_code(Connection& connection,
                                                      std::string_view code);
// Every organization, by name, with how many people its roster lists.
std::vector<OrganizationSummary> list_organizations(Connection& connection);

}  // namespace motus::store
