#include "store/user_repository.hpp"

namespace motus::store {

namespace {

constexpr Statement kInsertUser{
    "insert_user",
    "INSERT INTO users (id, email, password_hash, role, first_name, last_name, "
    "date_of_birth, organization_id, created_at, password_changed_at, must_change_password) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"};
constexpr Statement kUserByEmail{
    "user_by_email",
    "SELECT id, email, password_hash, role, first_name, last_name, date_of_birth, "
    "organization_id, created_at, password_changed_at, must_change_password, phone, "
    "call_time, disabled_at, email_verified_at FROM users WHERE email = $1"};
constexpr Statement kUserById{
    "user_by_id",
    "SELECT id, email, password_hash, role, first_name, last_name, date_of_birth, "
    "organization_id, created_at, password_changed_at, must_change_password, phone, "
    "call_time, disabled_at, email_verified_at FROM users WHERE id = $1"};
constexpr Statement kUpdatePassword{
    "update_password",
    "UPDATE users SET password_hash = $2, password_changed_at = $3, "
    "must_change_password = 0 WHERE id = $1"};
constexpr Statement kUpdateContact{"update_contact",
                                   "UPDATE users SET phone = $2, call_time = $3 WHERE id = $1"};
constexpr Statement kDisable{
    "disable_user", "UPDATE users SET disabled_at = $2 WHERE id = $1 AND disabled_at IS NULL"};
constexpr Statement kEnable{"enable_user", "UPDATE users SET disabled_at = NULL WHERE id = $1"};
constexpr Statement kVerifyEmail{
    "verify_email",
    "UPDATE users SET email_verified_at = $2 WHERE id = $1 AND email_verified_at IS NULL"};
constexpr Statement kOrganizationExists{"organization_exists",
                                        "SELECT 1 FROM organizations WHERE id = $1"};

Value text_or_null(const std::string& text) { return text.empty() ? Value(nullptr) : Value(text); }

User user_from(const Row& row) {
  User user;
  user.id = row.text(0);
  user.email = row.text(1);
  user.password_hash = row.text(2);
  user.role = core::role_from_string(row.text(3)).value_or(core::Role::member);
  user.first_name = row.text(4);
  user.last_name = row.text(5);
  user.date_of_birth = row.optional_text(6).value_or("");
  user.organization_id = row.optional_text(7).value_or("");
  user.created_at = row.integer(8);
  user.password_changed_at = row.integer(9);
  user.must_change_password = row.integer(10) != 0;
  user.phone = row.optional_text(11).value_or("");
  user.call_time = row.optional_text(12).value_or("");
  if (!row.is_null(13)) user.disabled_at = row.integer(13);
  if (!row.is_null(14)) user.email_verified_at = row.integer(14);
  return user;
}

std::optional<User> first_user(const Rows& rows) {
  if (rows.empty()) return std::nullopt;
  return user_from(rows.front());
}

}  // namespace

void insert_user(Connection& connection, const User& user) {
  connection.execute(
      kInsertUser,
      {user.id, user.email, user.password_hash, std::string(core::to_string(user.role)),
       user.first_name, user.last_name, text_or_null(user.date_of_birth),
       text_or_null(user.organization_id), user.created_at, user.password_changed_at,
       std::int64_t{user.must_change_password ? 1 : 0}});
  if (!user.phone.empty() || !user.call_time.empty())
    update_contact(connection, user.id, user.phone, user.call_time);
}

std::optional<User> find_user_by_email(Connection& connection, const std::string& email) {
  return first_user(connection.query(kUserByEmail, {email}));
}

std::optional<User> find_user_by_id(Connection& connection, const std::string& id) {
  return first_user(connection.query(kUserById, {id}));
}

void update_password(Connection& connection, const std::string& user_id,
                     const std::string& password_hash, std::int64_t now_ms) {
  connection.execute(kUpdatePassword, {user_id, password_hash, now_ms});
}

void update_contact(Connection& connection, const std::string& user_id, const std::string& phone,
                    const std::string& call_time) {
  connection.execute(kUpdateContact, {user_id, text_or_null(phone), text_or_null(call_time)});
}

bool organization_exists(Connection& connection, const std::string& organization_id) {
  return !connection.query(kOrganizationExists, {organization_id}).empty();
}

void set_user_disabled(Connection& connection, const std::string& user_id, bool disabled,
                       std::int64_t now_ms) {
  if (disabled) {
    connection.execute(kDisable, {user_id, now_ms});
  } else {
    connection.execute(kEnable, {user_id});
  }
}

void mark_email_verified(Connection& connection, const std::string& user_id, std::int64_t now_ms) {
  connection.execute(kVerifyEmail, {user_id, now_ms});
}

}  // namespace motus::store
