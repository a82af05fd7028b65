#pragma once
// Staff second factor (core/access/totp.hpp): the TOTP secret of each enrolled account, its
// one-time recovery codes (SHA-256 only), the short-lived login tickets that stand between the
// right password and the code, and the site-wide "staff must use TOTP" setting.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/db.hpp"

namespace motus::store {

struct StaffTotp {
  std::string secret_base32;
  std::int64_t created_at = 0;
  std::optional<std::int64_t> confirmed_at;
  std::optional<std::int64_t> last_used_step;
};

std::optional<StaffTotp> find_staff_totp(Connection& connection, const std::string& user_id);
// A new, unconfirmed secret (replacing an unconfirmed one; the caller checks none is confirmed).
void start_totp_enrolment(Connection& connection, const std::string& user_id,
                          const std::string& secret_base32, std::int64_t now_ms);
// Confirms the enrolment with the step of its first code and stores the recovery codes' hashes
// (replacing any earlier ones). Also lets the user's enrolment-only sessions do everything.
void confirm_totp_enrolment(Connection& connection, const std::string& user_id, std::int64_t step,
                            const std::vector<std::string>& recovery_code_hashes,
                            std::int64_t now_ms);
// Records `step` as used, only when it is later than the last one used: false when another
// request used this or a later step first (a replay racing the first use).
bool use_totp_step(Connection& connection, const std::string& user_id, std::int64_t step);
// Marks the unused recovery code with this hash used; false when there is none.
bool use_recovery_code(Connection& connection, const std::string& user_id,
                       const std::string& code_hash, std::int64_t now_ms);
std::int64_t recovery_codes_left(Connection& connection, const std::string& user_id);

inline constexpr std::int64_t kLoginTicketMs = 5 * 60 * 1000;
void insert_login_ticket(Connection& connection, const std::string& token_hash,
                         const std::string& user_id, std::int64_t now_ms);
// The user whose live, unused ticket this is.
std::optional<std::string> login_ticket_user(Connection& connection, const std::string& token_hash,
                                             std::int64_t now_ms);
// Marks the ticket used; false when it was used (or expired) meanwhile.
bool use_login_ticket(Connection& connection, const std::string& token_hash, std::int64_t now_ms);

bool staff_totp_required(Connection& connection);
void set_staff_totp_required(Connection& connection, bool required);

// Everything above for one account (erasing a member).
void forget_second_factor_of(Connection& connection, const std::string& user_id);

}  // namespace motus::store
