#pragma once
// Accounts: who may log in, with which role. Emails are stored normalised, so lookups are
// plain equality.
#include <cstdint>
#include <optional>
#include <string>

#include "core/access/caller.hpp"
#include "store/db.hpp"

namespace motus::store {

struct User {
  std::string id;
  std::string email;
  std::string password_hash;
  core::Role role = core::Role::member;
  std::string first_name;
  std::string last_name;
  std::string date_of_birth;    // members only; empty for staff
  std::string organization_id;  // members and org admins; empty otherwise
  std::int64_t created_at = 0;
  std::int64_t password_changed_at = 0;
  // Set for a staff account an admin created, until its first password change.
  bool must_change_password = false;
  std::string phone;      // members, optional: as they typed it; empty when not given
  std::string call_time;  // members, optional: when it is safe to call, in their words
  std::optional<std::int64_t> disabled_at;        // set: may not log in, no session works
  std::optional<std::int64_t> email_verified_at;  // set: the email link was followed
};

// Throws StoreError(constraint) when the email already has an account.
void insert_user(Connection& connection, const User& user);
std::optional<User> find_user_by_email(Connection& connection, const std::string& email);
std::optional<User> find_user_by_id(Connection& connection, const std::string& id);
// Also clears must_change_password.
void update_password(Connection& connection, const std::string& user_id,
                     const std::string& password_hash, std::int64_t now_ms);
// The member's phone number and safe time to call; empty clears each.
void update_contact(Connection& connection, const std::string& user_id, const std::string& phone,
                    const std::string& call_time);
// Disables (sessions then stop working at once: find_session) or enables the account.
void set_user_disabled(Connection& connection, const std::string& user_id, bool disabled,
                       std::int64_t now_ms);
void mark_email_verified(Connection& connection, const std::string& user_id, std::int64_t now_ms);
bool organization_exists(Connection& connection, const std::string& organization_id);

}  // namespace motus::store
