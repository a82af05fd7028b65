#pragma once
// Who is asking. Every access to a member's health data is decided from the caller's role and
// relationship to that member: members see their own, therapists the members assigned to them,
// organization admins only aggregates of their organization, admins run the platform.
#include <optional>
#include <string>
#include <string_view>

#include "core/content/language.hpp"

namespace motus::core {

enum class Role { member, therapist, org_admin, admin };

std::string_view to_string(Role role);
std::optional<Role> role_from_string(std::string_view text);

struct Caller {
  std::string user_id;
  Role role = Role::member;
  std::string organization_id;  // empty for staff without an organization
  // An admin-made account that has not chosen its own password yet (first_password.hpp).
  bool must_change_password = false;
  // Staff who must set up a second factor before anything else (an admin requires TOTP and
  // they have none): only the enrolment routes, the session and logout answer them.
  bool enrolment_only = false;
  // The language they chose for Motus's words (PUT /me/language), read with the session so an
  // answer in their language needs no read of its own; nothing when they chose none.
  std::optional<Language> language = std::nullopt;
};

}  // namespace motus::core
