#pragma once
// Secrets at rest: passwords as Argon2id hashes (libsodium crypto_pwhash_str with the OWASP
// parameters m = 19 MiB, t = 2, p = 1), session tokens as 256 random bits of which only a
// SHA-256 is stored, so a copy of the database lets nobody log in.
#include <string>
#include <string_view>

namespace motus::store {

std::string hash_password(std::string_view password);
// False for a wrong password or a hash this build cannot read.
bool verify_password(const std::string& hash, std::string_view password);
// Spends the same time as verify_password on an account that does not exist, so response
// times do not tell which emails have accounts.
void verify_password_of_nobody(std::string_view password);

// A new session token: 32 random bytes, base64url without padding (43 characters).
std::string new_session_token();
// Lower-case hex SHA-256 of the token's text; what the sessions table stores.
std::string token_hash(std::string_view token);

std::string sha256_hex(std::string_view text);
// `count` bytes from the system's random source (TOTP secrets, recovery codes).
std::string random_bytes(std::size_t count);
// A UUIDv7 (time-ordered, 74 random bits) as lower-case text, for new rows.
std::string new_id(std::int64_t now_ms);

}  // namespace motus::store
