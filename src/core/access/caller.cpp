#include "core/access/caller.hpp"

#include <array>
#include <utility>

namespace motus::core {

namespace {
constexpr std::array<std::pair<Role, std::string_view>, 4> kNames{{{Role::member, "member"},
                                                                   {Role::therapist, "therapist"},
                                                                   {Role::org_admin, "org_admin"},
                                                                   {Role::admin, "admin"}}};
}

std::string_view to_string(Role role) {
  for (const auto& [r, name] : kNames) {
    if (r == role) return name;
  }
  return "member";
}

std::optional<Role> role_from_string(std::string_view text) {
  for (const auto& [r, name] : kNames) {
    if (name == text) return r;
  }
  return std::nullopt;
}

}  // namespace motus::core
