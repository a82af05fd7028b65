#pragma once
// Single-use, short-lived tokens sent by email: a password reset (30 minutes) and an email
// verification (24 hours). Only the token's SHA-256 is stored; using one marks it used in the
// same write that acts on it, so a link works once.
#include <cstdint>
#include <optional>
#include <string>

#include "store/db.hpp"

namespace motus::store {

enum class TokenPurpose { password_reset, email_verification };

inline constexpr std::int64_t kPasswordResetMs = 30 * 60 * 1000;
inline constexpr std::int64_t kEmailVerificationMs = 24 * 60 * 60 * 1000;

void insert_account_token(Connection& connection, const std::string& token_hash,
                          const std::string& user_id, TokenPurpose purpose, std::int64_t now_ms);
// The account whose live, unused token of this purpose has this hash (does not use it).
std::optional<std::string> account_token_user(Connection& connection, const std::string& token_hash,
                                              TokenPurpose purpose, std::int64_t now_ms);
// Marks it used; false when it was used or expired meanwhile.
bool use_account_token(Connection& connection, const std::string& token_hash, TokenPurpose purpose,
                       std::int64_t now_ms);
// Ends every unused token of this purpose for the account (a reset done, a new link sent).
void forget_account_tokens(Connection& connection, const std::string& user_id, TokenPurpose purpose,
                           std::int64_t now_ms);

}  // namespace motus::store
