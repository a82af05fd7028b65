// The demo's staff accounts, so a new user can log in as a therapist or admin at once.
#include <sodium.h>

#include <cstdlib>
#include <stdexcept>

#include "cli/commands.hpp"
#include "cli/demo.hpp"
#include "core/access/password_rules.hpp"
#include "store/audit_log.hpp"
#include "store/clock.hpp"
#include "store/credentials.hpp"
#include "store/user_repository.hpp"

namespace motus::cli {

namespace {

struct DemoStaff {
  const char* email;
  core::Role role;
  const char* first_name;
  const char* last_name;
};

constexpr DemoStaff kDemoStaff[] = {
    {"admin@demo.example", core::Role::admin, "Demo", "Admin"},
    {"pt@demo.example", core::Role::therapist, "Demo", "Therapist"},
};

// Four groups of five letters and digits, easy to copy from a terminal.
std::string random_password() {
  constexpr std::string_view alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  std::string out;
  for (int group = 0; group < 4; ++group) {
    if (group > 0) out += '-';
    for (int i = 0; i < 5; ++i)
      out += alphabet[randombytes_uniform(static_cast<std::uint32_t>(alphabet.size()))];
  }
  return out;
}

std::string demo_password(std::ostream& out) {
  if (const char* given = std::getenv("MOTUS_DEMO_PASSWORD"); given != nullptr && *given != '\0') {
    for (const auto& staff : kDemoStaff) {
      if (auto problem = core::check_password(given, staff.email)) {
        throw UsageError("MOTUS_DEMO_PASSWORD is not accepted: " + problem->message);
      }
    }
    return given;
  }
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
  auto password = random_password();
  out << "Demo staff password (shown only now): " << password << std::endl;
  return password;
}

}  // namespace

void seed_demo_staff(store::Db& db, std::ostream& out) {
  std::vector<const DemoStaff*> missing;
  db.read([&](store::Connection& c) {
    for (const auto& staff : kDemoStaff) {
      if (!store::find_user_by_email(c, staff.email)) missing.push_back(&staff);
    }
  });
  if (missing.empty()) return;
  const auto password = demo_password(out);
  const auto now = store::SystemClock().now_ms();
  std::vector<store::User> users;
  for (const auto* staff : missing) {
    store::User user;
    user.id = store::new_id(now);
    user.email = staff->email;
    user.password_hash = store::hash_password(password);  // each its own salt
    user.role = staff->role;
    user.first_name = staff->first_name;
    user.last_name = staff->last_name;
    user.created_at = now;
    user.password_changed_at = now;
    users.push_back(std::move(user));
  }
  db.write_and_wait([&](store::Connection& c) {
    for (const auto& user : users) {
      store::insert_user(c, user);
      store::append_audit(c, {now, {}, {}, "create_staff", "account", {}, "allowed", "demo", {}});
    }
  });
  for (const auto& user : users)
    out << "Demo " << core::to_string(user.role) << " account: " << user.email << std::endl;
}

}  // namespace motus::cli
