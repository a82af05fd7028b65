#pragma once
// The people who work in Motus (therapists, organization admins and admins), listed a page at a
// time for the admin console, each therapist with the size of their caseload; and a therapist's
// caseload itself, so an admin can move a member to someone else.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/access/caller.hpp"
#include "store/db.hpp"

namespace motus::store {

struct StaffListing {
  std::string id;
  std::string first_name;
  std::string last_name;
  std::string email;
  core::Role role = core::Role::therapist;
  std::string organization_id;    // org admins only; empty otherwise
  std::string organization_name;  // empty with organization_id
  std::int64_t caseload = 0;      // members assigned; always 0 for a role other than therapist
  bool disabled = false;          // switched off by an admin
  bool second_factor = false;     // has confirmed two-step login (an authenticator app)
};

// Up to `limit` staff accounts with an id after `after` ("" for the first page), in id order
// (the order the accounts were made in). With `organization_id` set, only that organization's.
std::vector<StaffListing> staff_page(Connection& connection, const std::string& organization_id,
                                     const std::string& after, std::int64_t limit);

struct CaseloadMember {
  std::string id;
  std::string first_name;
  std::string last_name;
  std::string organization_id;
  std::string therapist_id;  // empty: not assigned to anyone yet
  bool disabled = false;     // switched off by an admin
};

// Up to `limit` members with an id after `after`, in id order; with `therapist_id` set, only
// that therapist's caseload.
std::vector<CaseloadMember> member_page(Connection& connection, const std::string& therapist_id,
                                        const std::string& after, std::int64_t limit);

}  // namespace motus::store
