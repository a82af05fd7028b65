#include "seeded.hpp"

#include <array>

namespace motus::bench {

namespace {

constexpr std::uint64_t kGolden = 0x9E3779B97F4A7C15ULL;

// splitmix64's output function: scatters nearby inputs far apart.
std::uint64_t scattered(std::uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

std::string hex_of(const std::array<unsigned char, 16>& bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(36);
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out.push_back('-');
    out.push_back(kDigits[bytes[i] >> 4]);
    out.push_back(kDigits[bytes[i] & 0x0F]);
  }
  return out;
}

}  // namespace

// Streams start at scattered points: starting them a fixed step apart would make neighbouring
// streams the same sequence shifted by one.
SeededRandom::SeededRandom(std::uint64_t seed, std::uint64_t stream)
    : state_(scattered(seed ^ scattered(stream + kGolden))) {}

std::uint64_t SeededRandom::next() { return scattered(state_ += kGolden); }

std::int64_t SeededRandom::between(std::int64_t low, std::int64_t high) {
  const auto span = static_cast<std::uint64_t>(high - low) + 1;
  return low + static_cast<std::int64_t>(next() % span);
}

double SeededRandom::unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

bool SeededRandom::chance(double p) { return unit() < p; }

std::string SeededRandom::id_at(std::int64_t at_ms) {
  std::array<unsigned char, 16> b{};
  const std::uint64_t high = next();
  const std::uint64_t low = next();
  for (std::size_t i = 0; i < 8; ++i) {
    b[i] = static_cast<unsigned char>(high >> (8 * i));
    b[8 + i] = static_cast<unsigned char>(low >> (8 * i));
  }
  for (int i = 0; i < 6; ++i) {
    b[static_cast<std::size_t>(i)] = static_cast<unsigned char>(at_ms >> (8 * (5 - i)));
  }
  b[6] = static_cast<unsigned char>(0x70 | (b[6] & 0x0F));
  b[8] = static_cast<unsigned char>(0x80 | (b[8] & 0x3F));
  return hex_of(b);
}

std::string SeededRandom::session_token() {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  // 32 bytes are 256 bits: 42 characters of 6 bits and one of the last 4 bits, as base64url
  // without padding spells them.
  std::string token;
  token.reserve(43);
  std::uint64_t bits = 0;
  int held = 0;
  for (int i = 0; i < 43; ++i) {
    if (held < 6) {
      bits = next();
      held = 64;
    }
    const auto six = (i == 42) ? ((bits & 0x0F) << 2) : (bits & 0x3F);
    token.push_back(kAlphabet[six]);
    bits >>= 6;
    held -= 6;
  }
  return token;
}

}  // namespace motus::bench
