#include "store/second_factor_repository.hpp"

namespace motus::store {

namespace {

constexpr Statement kFindTotp{
    "find_staff_totp",
    "SELECT secret, created_at, confirmed_at, last_used_step FROM staff_totp WHERE user_id = $1"};
constexpr Statement kDeleteTotp{"delete_staff_totp", "DELETE FROM staff_totp WHERE user_id = $1"};
constexpr Statement kInsertTotp{
    "insert_staff_totp",
    "INSERT INTO staff_totp (user_id, secret, created_at) VALUES ($1, $2, $3)"};
constexpr Statement kConfirmTotp{
    "confirm_staff_totp",
    "UPDATE staff_totp SET confirmed_at = $2, last_used_step = $3 WHERE user_id = $1"};
constexpr Statement kUseStep{"use_totp_step",
                             "UPDATE staff_totp SET last_used_step = $2 WHERE user_id = $1 AND "
                             "confirmed_at IS NOT NULL AND "
                             "(last_used_step IS NULL OR last_used_step < $2)"};
constexpr Statement kDeleteCodes{"delete_recovery_codes",
                                 "DELETE FROM recovery_codes WHERE user_id = $1"};
constexpr Statement kInsertCode{"insert_recovery_code",
                                "INSERT INTO recovery_codes (code_hash, user_id) VALUES ($1, $2)"};
constexpr Statement kUseCode{"use_recovery_code",
                             "UPDATE recovery_codes SET used_at = $3 WHERE code_hash = $2 AND "
                             "user_id = $1 AND used_at IS NULL"};
constexpr Statement kCodesLeft{
    "recovery_codes_left",
    "SELECT count(*) FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL"};
constexpr Statement kFreeSessions{
    "free_enrolment_sessions",
    "UPDATE sessions SET enrolment_only = 0 WHERE user_id = $1 AND enrolment_only = 1"};
constexpr Statement kInsertTicket{
    "insert_login_ticket",
    "INSERT INTO login_tickets (token_hash, user_id, expires_at) VALUES ($1, $2, $3)"};
constexpr Statement kTicketUser{"login_ticket_user",
                                "SELECT user_id FROM login_tickets WHERE token_hash = $1 AND "
                                "used_at IS NULL AND expires_at > $2"};
constexpr Statement kUseTicket{"use_login_ticket",
                               "UPDATE login_tickets SET used_at = $2 WHERE token_hash = $1 AND "
                               "used_at IS NULL AND expires_at > $2"};
constexpr Statement kDeleteTickets{"delete_login_tickets",
                                   "DELETE FROM login_tickets WHERE user_id = $1"};
constexpr Statement kSetting{"site_setting", "SELECT value FROM site_settings WHERE name = $1"};
constexpr Statement kDeleteSetting{"delete_site_setting",
                                   "DELETE FROM site_settings WHERE name = $1"};
constexpr Statement kInsertSetting{"insert_site_setting",
                                   "INSERT INTO site_settings (name, value) VALUES ($1, $2)"};

constexpr std::string_view kTotpRequired = "staff_totp_required";

}  // namespace

std::optional<StaffTotp> find_staff_totp(Connection& connection, const std::string& user_id) {
  const auto rows = connection.query(kFindTotp, {user_id});
  if (rows.empty()) return std::nullopt;
  const auto& row = rows.front();
  StaffTotp totp;
  totp.secret_base32 = row.text(0);
  totp.created_at = row.integer(1);
  if (!row.is_null(2)) totp.confirmed_at = row.integer(2);
  if (!row.is_null(3)) totp.last_used_step = row.integer(3);
  return totp;
}

void start_totp_enrolment(Connection& connection, const std::string& user_id,
                          const std::string& secret_base32, std::int64_t now_ms) {
  connection.execute(kDeleteTotp, {user_id});
  connection.execute(kInsertTotp, {user_id, secret_base32, now_ms});
}

void confirm_totp_enrolment(Connection& connection, const std::string& user_id, std::int64_t step,
                            const std::vector<std::string>& recovery_code_hashes,
                            std::int64_t now_ms) {
  connection.execute(kConfirmTotp, {user_id, now_ms, step});
  connection.execute(kDeleteCodes, {user_id});
  for (const auto& hash : recovery_code_hashes) connection.execute(kInsertCode, {hash, user_id});
  connection.execute(kFreeSessions, {user_id});
}

bool use_totp_step(Connection& connection, const std::string& user_id, std::int64_t step) {
  return connection.execute(kUseStep, {user_id, step}) == 1;
}

bool use_recovery_code(Connection& connection, const std::string& user_id,
                       const std::string& code_hash, std::int64_t now_ms) {
  return connection.execute(kUseCode, {user_id, code_hash, now_ms}) == 1;
}

std::int64_t recovery_codes_left(Connection& connection, const std::string& user_id) {
  const auto rows = connection.query(kCodesLeft, {user_id});
  return rows.empty() ? 0 : rows.front().integer(0);
}

void insert_login_ticket(Connection& connection, const std::string& token_hash,
                         const std::string& user_id, std::int64_t now_ms) {
  connection.execute(kInsertTicket, {token_hash, user_id, now_ms + kLoginTicketMs});
}

std::optional<std::string> login_ticket_user(Connection& connection, const std::string& token_hash,
                                             std::int64_t now_ms) {
  const auto rows = connection.query(kTicketUser, {token_hash, now_ms});
  if (rows.empty()) return std::nullopt;
  return rows.front().text(0);
}

bool use_login_ticket(Connection& connection, const std::string& token_hash, std::int64_t now_ms) {
  return connection.execute(kUseTicket, {token_hash, now_ms}) == 1;
}

bool staff_totp_required(Connection& connection) {
  const auto rows = connection.query(kSetting, {std::string(kTotpRequired)});
  return !rows.empty() && rows.front().text(0) == "true";
}

void set_staff_totp_required(Connection& connection, bool required) {
  connection.execute(kDeleteSetting, {std::string(kTotpRequired)});
  connection.execute(kInsertSetting,
                     {std::string(kTotpRequired), std::string(required ? "true" : "false")});
}

void forget_second_factor_of(Connection& connection, const std::string& user_id) {
  connection.execute(kDeleteTickets, {user_id});
  connection.execute(kDeleteCodes, {user_id});
  connection.execute(kDeleteTotp, {user_id});
}

}  // namespace motus::store
