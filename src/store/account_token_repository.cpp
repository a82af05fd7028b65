#include "store/account_token_repository.hpp"

namespace motus::store {

namespace {

constexpr Statement kInsert{"insert_account_token",
                            "INSERT INTO account_tokens (token_hash, user_id, purpose, created_at, "
                            "expires_at) VALUES ($1, $2, $3, $4, $5)"};
constexpr Statement kUser{"account_token_user",
                          "SELECT user_id FROM account_tokens WHERE token_hash = $1 AND "
                          "purpose = $2 AND used_at IS NULL AND expires_at > $3"};
constexpr Statement kUse{"use_account_token",
                         "UPDATE account_tokens SET used_at = $3 WHERE token_hash = $1 AND "
                         "purpose = $2 AND used_at IS NULL AND expires_at > $3"};
constexpr Statement kForget{"forget_account_tokens",
                            "UPDATE account_tokens SET used_at = $3 WHERE user_id = $1 AND "
                            "purpose = $2 AND used_at IS NULL"};

std::string purpose_text(TokenPurpose purpose) {
  return purpose == TokenPurpose::password_reset ? "password_reset" : "email_verification";
}

std::int64_t lifetime(TokenPurpose purpose) {
  return purpose == TokenPurpose::password_reset ? kPasswordResetMs : kEmailVerificationMs;
}

}  // namespace

void insert_account_token(Connection& connection, const std::string& token_hash,
                          const std::string& user_id, TokenPurpose purpose, std::int64_t now_ms) {
  connection.execute(
      kInsert, {token_hash, user_id, purpose_text(purpose), now_ms, now_ms + lifetime(purpose)});
}

std::optional<std::string> account_token_user(Connection& connection, const std::string& token_hash,
                                              TokenPurpose purpose, std::int64_t now_ms) {
  const auto rows = connection.query(kUser, {token_hash, purpose_text(purpose), now_ms});
  if (rows.empty()) return std::nullopt;
  return rows.front().text(0);
}

bool use_account_token(Connection& connection, const std::string& token_hash, TokenPurpose purpose,
                       std::int64_t now_ms) {
  return connection.execute(kUse, {token_hash, purpose_text(purpose), now_ms}) == 1;
}

void forget_account_tokens(Connection& connection, const std::string& user_id, TokenPurpose purpose,
                           std::int64_t now_ms) {
  connection.execute(kForget, {user_id, purpose_text(purpose), now_ms});
}

}  // namespace motus::store
