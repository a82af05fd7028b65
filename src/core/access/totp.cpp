#include "core/access/totp.hpp"

#include <cctype>
#include <cstring>

namespace motus::core {

namespace {

std::uint32_t rotl(std::uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }

constexpr std::string_view kBase32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

std::string percent_encode(std::string_view text) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (const unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '@') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

}  // namespace

std::array<std::uint8_t, 20> sha1(std::string_view data) {
  std::uint32_t h[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
  std::string message(data);
  const std::uint64_t bit_length = static_cast<std::uint64_t>(data.size()) * 8;
  message += static_cast<char>(0x80);
  while (message.size() % 64 != 56) message += '\0';
  for (int i = 7; i >= 0; --i) message += static_cast<char>((bit_length >> (i * 8)) & 0xff);
  for (std::size_t block = 0; block < message.size(); block += 64) {
    std::uint32_t w[80];
    for (int i = 0; i < 16; ++i) {
      const auto* p = reinterpret_cast<const unsigned char*>(message.data() + block + i * 4);
      w[i] = (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) |
             (std::uint32_t{p[2]} << 8) | std::uint32_t{p[3]};
    }
    for (int i = 16; i < 80; ++i) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; ++i) {
      std::uint32_t f, k;
      if (i < 20) {
        f = (b & c) | (~b & d);
        k = 0x5A827999;
      } else if (i < 40) {
        f = b ^ c ^ d;
        k = 0x6ED9EBA1;
      } else if (i < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8F1BBCDC;
      } else {
        f = b ^ c ^ d;
        k = 0xCA62C1D6;
      }
      const std::uint32_t t = rotl(a, 5) + f + e + k + w[i];
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = t;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
  }
  std::array<std::uint8_t, 20> digest{};
  for (int i = 0; i < 5; ++i) {
    for (int j = 0; j < 4; ++j) digest[i * 4 + j] = (h[i] >> (24 - j * 8)) & 0xff;
  }
  return digest;
}

std::array<std::uint8_t, 20> hmac_sha1(std::string_view key, std::string_view message) {
  constexpr std::size_t kBlock = 64;
  std::string k(key);
  if (k.size() > kBlock) {
    const auto digest = sha1(k);
    k.assign(reinterpret_cast<const char*>(digest.data()), digest.size());
  }
  k.resize(kBlock, '\0');
  std::string inner(kBlock, '\0'), outer(kBlock, '\0');
  for (std::size_t i = 0; i < kBlock; ++i) {
    inner[i] = static_cast<char>(k[i] ^ 0x36);
    outer[i] = static_cast<char>(k[i] ^ 0x5c);
  }
  const auto inner_digest = sha1(inner + std::string(message));
  return sha1(outer +
              std::string(reinterpret_cast<const char*>(inner_digest.data()), inner_digest.size()));
}

std::string base32_encode(std::string_view bytes) {
  std::string out;
  std::uint32_t buffer = 0;
  int bits = 0;
  for (const unsigned char c : bytes) {
    buffer = (buffer << 8) | c;
    bits += 8;
    while (bits >= 5) {
      out += kBase32Alphabet[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += kBase32Alphabet[(buffer << (5 - bits)) & 31];
  return out;
}

std::optional<std::string> base32_decode(std::string_view text) {
  std::string out;
  std::uint32_t buffer = 0;
  int bits = 0;
  for (char c : text) {
    if (c == ' ' || c == '=' || c == '-') continue;
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    const auto at = kBase32Alphabet.find(c);
    if (at == std::string_view::npos) return std::nullopt;
    buffer = (buffer << 5) | static_cast<std::uint32_t>(at);
    bits += 5;
    if (bits >= 8) {
      out += static_cast<char>((buffer >> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return out;
}

std::uint32_t hotp(std::string_view secret, std::uint64_t counter, int digits) {
  std::string message(8, '\0');
  for (int i = 7; i >= 0; --i) {
    message[i] = static_cast<char>(counter & 0xff);
    counter >>= 8;
  }
  const auto mac = hmac_sha1(secret, message);
  const int offset = mac[19] & 0x0f;
  const std::uint32_t binary = (std::uint32_t{mac[offset] & 0x7fu} << 24) |
                               (std::uint32_t{mac[offset + 1]} << 16) |
                               (std::uint32_t{mac[offset + 2]} << 8) | mac[offset + 3];
  std::uint32_t modulus = 1;
  for (int i = 0; i < digits; ++i) modulus *= 10;
  return binary % modulus;
}

std::int64_t totp_step(std::int64_t unix_seconds) {
  return unix_seconds >= 0 ? unix_seconds / kTotpStepSeconds : 0;
}

std::string totp_code(std::string_view secret, std::int64_t step, int digits) {
  auto code = std::to_string(hotp(secret, static_cast<std::uint64_t>(step), digits));
  return std::string(static_cast<std::size_t>(digits) - code.size(), '0') + code;
}

std::optional<std::int64_t> accepted_totp_step(std::string_view secret, std::string_view code,
                                               std::int64_t unix_seconds,
                                               std::optional<std::int64_t> last_used_step) {
  std::string digits;
  for (const char c : code) {
    if (c == ' ') continue;
    if (c < '0' || c > '9') return std::nullopt;
    digits += c;
  }
  if (digits.size() != static_cast<std::size_t>(kTotpDigits)) return std::nullopt;
  const auto now = totp_step(unix_seconds);
  for (std::int64_t step = now - kTotpDriftSteps; step <= now + kTotpDriftSteps; ++step) {
    if (step < 0 || (last_used_step && step <= *last_used_step)) continue;
    if (totp_code(secret, step) == digits) return step;
  }
  return std::nullopt;
}

std::string otpauth_uri(std::string_view issuer, std::string_view account,
                        std::string_view secret) {
  return "otpauth://totp/" + percent_encode(issuer) + ":" + percent_encode(account) +
         "?secret=" + base32_encode(secret) + "&issuer=" + percent_encode(issuer) +
         "&algorithm=SHA1&digits=6&period=30";
}

std::string recovery_code_from_bytes(std::string_view seven_random_bytes) {
  auto letters = normalise_recovery_code(base32_encode(seven_random_bytes)).substr(0, 10);
  return letters.substr(0, 5) + "-" + letters.substr(5);
}

std::string normalise_recovery_code(std::string_view typed) {
  std::string out;
  for (const char c : typed) {
    if (c == '-' || c == ' ') continue;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

}  // namespace motus::core
