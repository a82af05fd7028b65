#pragma once
// Time-based one-time passwords for staff (RFC 6238 over RFC 4226's HOTP): HMAC-SHA-1, a 30 s
// step, 6 digits, the step before and after accepted for clock drift, and a step once used never
// accepted again (the store keeps the last step each account used). Secrets travel to the
// authenticator app as base32 (RFC 4648, no padding) inside an otpauth:// URI, which the console
// shows as a QR code. Pure: the caller supplies the time and the secret's bytes.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace motus::core {

inline constexpr std::int64_t kTotpStepSeconds = 30;
inline constexpr int kTotpDigits = 6;
inline constexpr int kTotpDriftSteps = 1;            // one step either side
inline constexpr std::size_t kTotpSecretBytes = 20;  // 160 bits, as RFC 4226 recommends

// SHA-1 (FIPS 180-4) and HMAC-SHA-1 (RFC 2104), only for HOTP: nothing else in Motus uses SHA-1.
std::array<std::uint8_t, 20> sha1(std::string_view data);
std::array<std::uint8_t, 20> hmac_sha1(std::string_view key, std::string_view message);

// RFC 4648 base32 upper case without padding, and back (case, spaces and padding ignored;
// nullopt for any other character).
std::string base32_encode(std::string_view bytes);
std::optional<std::string> base32_decode(std::string_view text);

// The HOTP value of `counter` as a number below 10^digits (RFC 4226 dynamic truncation).
std::uint32_t hotp(std::string_view secret, std::uint64_t counter, int digits = kTotpDigits);
// The step `unix_seconds` falls in.
std::int64_t totp_step(std::int64_t unix_seconds);
// The code for a step as the app shows it (zero-padded).
std::string totp_code(std::string_view secret, std::int64_t step, int digits = kTotpDigits);

// The step whose code `code` is, within kTotpDriftSteps of now and later than `last_used_step`
// (a code already used, or one older than it, is refused: replay); nullopt when none.
// `code` must be exactly six digits; spaces inside it are allowed ("123 456").
std::optional<std::int64_t> accepted_totp_step(std::string_view secret, std::string_view code,
                                               std::int64_t unix_seconds,
                                               std::optional<std::int64_t> last_used_step);

// otpauth://totp/Motus:<account>?secret=<base32>&issuer=Motus&algorithm=SHA1&digits=6&period=30
std::string otpauth_uri(std::string_view issuer, std::string_view account, std::string_view secret);

// One-time recovery codes: kRecoveryCodes per enrolment, each 10 letters and digits shown as
// "abcde-fghij" (50 bits from 7 random bytes). Typed back in any case, with or without the dash.
inline constexpr int kRecoveryCodes = 10;
std::string recovery_code_from_bytes(std::string_view seven_random_bytes);
// What is hashed and compared: lower case, dashes and spaces removed.
std::string normalise_recovery_code(std::string_view typed);

}  // namespace motus::core
