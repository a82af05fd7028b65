// TOTP against the published vectors: RFC 4226 appendix D (HOTP), RFC 6238 appendix B (TOTP,
// SHA-1 rows), FIPS 180 "abc" for SHA-1 and RFC 2202 for HMAC-SHA-1, RFC 4648 section 10 for
// base32; then the rules Motus adds (one step of drift either side, no replay).
#include "core/access/totp.hpp"

#include <gtest/gtest.h>

namespace motus::core {
namespace {

std::string hex(const std::array<std::uint8_t, 20>& digest) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  for (const auto byte : digest) {
    out += digits[byte >> 4];
    out += digits[byte & 15];
  }
  return out;
}

const std::string kRfcSecret = "12345678901234567890";

TEST(Totp, Sha1AndHmacMatchTheStandards) {
  EXPECT_EQ(hex(sha1("abc")), "a9993e364706816aba3e25717850c26c9cd0d89d");
  EXPECT_EQ(hex(sha1("")), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  EXPECT_EQ(hex(sha1("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
            "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
  EXPECT_EQ(hex(hmac_sha1(std::string(20, '\x0b'), "Hi There")),
            "b617318655057264e28bc0b6fb378c8ef146be00");
  EXPECT_EQ(hex(hmac_sha1("Jefe", "what do ya want for nothing?")),
            "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
  EXPECT_EQ(hex(hmac_sha1(std::string(80, '\xaa'),
                          "Test Using Larger Than Block-Size Key - Hash Key First")),
            "aa4ae5e15272d00e95705637ce8a3b55ed402112");
}

TEST(Totp, HotpMatchesRfc4226) {
  const std::array<std::uint32_t, 10> expected = {755224, 287082, 359152, 969429, 338314,
                                                  254676, 287922, 162583, 399871, 520489};
  for (std::uint64_t counter = 0; counter < expected.size(); ++counter)
    EXPECT_EQ(hotp(kRfcSecret, counter), expected[counter]) << counter;
}

TEST(Totp, TotpMatchesRfc6238Sha1Rows) {
  const std::vector<std::pair<std::int64_t, std::string>> rows = {
      {59, "94287082"},         {1111111109, "07081804"}, {1111111111, "14050471"},
      {1234567890, "89005924"}, {2000000000, "69279037"}, {20000000000, "65353130"}};
  for (const auto& [time, code] : rows) {
    EXPECT_EQ(totp_code(kRfcSecret, totp_step(time), 8), code) << time;
    EXPECT_EQ(totp_code(kRfcSecret, totp_step(time)), code.substr(2)) << time;
  }
}

TEST(Totp, Base32MatchesRfc4648) {
  const std::vector<std::pair<std::string, std::string>> rows = {{"", ""},
                                                                 {"f", "MY"},
                                                                 {"fo", "MZXQ"},
                                                                 {"foo", "MZXW6"},
                                                                 {"foob", "MZXW6YQ"},
                                                                 {"fooba", "MZXW6YTB"},
                                                                 {"foobar", "MZXW6YTBOI"}};
  for (const auto& [bytes, text] : rows) {
    EXPECT_EQ(base32_encode(bytes), text);
    EXPECT_EQ(base32_decode(text), bytes);
  }
  EXPECT_EQ(base32_decode("mzxw 6ytb oi======"), "foobar");
  EXPECT_EQ(base32_decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"), kRfcSecret);
  EXPECT_FALSE(base32_decode("MZXW1"));  // 1 is not in the alphabet
}

TEST(Totp, OneStepOfDriftEitherSideAndNoMore) {
  const std::int64_t now = 1111111111;
  const auto step = totp_step(now);
  for (const int drift : {-1, 0, 1}) {
    EXPECT_EQ(
        accepted_totp_step(kRfcSecret, totp_code(kRfcSecret, step + drift), now, std::nullopt),
        step + drift);
  }
  EXPECT_FALSE(accepted_totp_step(kRfcSecret, totp_code(kRfcSecret, step - 2), now, std::nullopt));
  EXPECT_FALSE(accepted_totp_step(kRfcSecret, totp_code(kRfcSecret, step + 2), now, std::nullopt));
}

TEST(Totp, AUsedCodeOrAnOlderOneIsRefused) {
  const std::int64_t now = 1234567890;
  const auto step = totp_step(now);
  const auto code = totp_code(kRfcSecret, step);
  EXPECT_EQ(accepted_totp_step(kRfcSecret, code, now, step - 1), step);
  EXPECT_FALSE(accepted_totp_step(kRfcSecret, code, now, step));  // replay
  EXPECT_FALSE(accepted_totp_step(kRfcSecret, totp_code(kRfcSecret, step - 1), now, step));
  EXPECT_EQ(accepted_totp_step(kRfcSecret, totp_code(kRfcSecret, step + 1), now, step), step + 1);
}

TEST(Totp, OnlySixDigitsAreACode) {
  const std::int64_t now = 1234567890;
  const auto code = totp_code(kRfcSecret, totp_step(now));
  EXPECT_TRUE(accepted_totp_step(kRfcSecret, code.substr(0, 3) + " " + code.substr(3), now, {}));
  EXPECT_FALSE(accepted_totp_step(kRfcSecret, code + "0", now, {}));
  EXPECT_FALSE(accepted_totp_step(kRfcSecret, code.substr(1), now, {}));
  EXPECT_FALSE(accepted_totp_step(kRfcSecret, "12a456", now, {}));
  EXPECT_FALSE(accepted_totp_step(kRfcSecret, "", now, {}));
}

TEST(Totp, TheUriCarriesTheSecretAndTheParameters) {
  EXPECT_EQ(otpauth_uri("Motus", "pt@demo.example", kRfcSecret),
            "otpauth://totp/Motus:pt@demo.example?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
            "&issuer=Motus&algorithm=SHA1&digits=6&period=30");
  EXPECT_EQ(
      otpauth_uri("Motus", "a b+c", "f"),
      "otpauth://totp/Motus:a%20b%2Bc?secret=MY&issuer=Motus&algorithm=SHA1&digits=6&period=30");
}

TEST(RecoveryCodes, TenLettersShownWithADashAndReadBackLoosely) {
  const auto code = recovery_code_from_bytes(std::string("\x01\x23\x45\x67\x89\xab\xcd", 7));
  EXPECT_EQ(code, "aeruk-z4jvp");
  EXPECT_EQ(normalise_recovery_code("AERUK-Z4JVP"), "aerukz4jvp");
  EXPECT_EQ(normalise_recovery_code(" aeruk z4jvp "), normalise_recovery_code(code));
}

}  // namespace
}  // namespace motus::core
