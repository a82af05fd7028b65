#include "store/credentials.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <set>

#include "store/clock.hpp"
#include "support/temp_dir.hpp"

namespace motus::store {
namespace {

TEST(Credentials, PasswordHashesAreArgon2idWithOwaspCostsAndVerify) {
  const auto hash = hash_password("river-lantern-oak-4");
  EXPECT_EQ(hash.rfind("$argon2id$", 0), 0u) << hash;
  EXPECT_NE(hash.find("m=19456,t=2,p=1"), std::string::npos) << hash;
  EXPECT_TRUE(verify_password(hash, "river-lantern-oak-4"));
  EXPECT_FALSE(verify_password(hash, "river-lantern-oak-5"));
  EXPECT_NE(hash_password("river-lantern-oak-4"), hash) << "each hash has its own salt";
}

TEST(Credentials, TokensAre256RandomBitsAndOnlyTheirHashIsKept) {
  std::set<std::string> seen;
  for (int i = 0; i < 50; ++i) {
    const auto token = new_session_token();
    EXPECT_EQ(token.size(), 43u);
    EXPECT_EQ(
        token.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        std::string::npos);
    seen.insert(token);
  }
  EXPECT_EQ(seen.size(), 50u);
  EXPECT_EQ(token_hash("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Credentials, IdsAreUuidVersion7InTimeOrder) {
  const auto first = new_id(1'700'000'000'000);
  const auto later = new_id(1'700'000'000'001);
  EXPECT_EQ(first.size(), 36u);
  EXPECT_EQ(first[14], '7');
  EXPECT_LT(first, later);
}

TEST(OffsetFileClock, AddsTheFilesSecondsAndFollowsChanges) {
  test::TempDir dir;
  const auto file = dir.path() / "offset";
  OffsetFileClock clock(file);
  const SystemClock system;
  EXPECT_LT(std::abs(clock.now_ms() - system.now_ms()), 1000) << "no file, no offset";
  std::ofstream(file) << "3600";
  EXPECT_NEAR(static_cast<double>(clock.now_ms() - system.now_ms()), 3'600'000.0, 1000.0);
  std::ofstream(file) << "7200.5";
  EXPECT_NEAR(static_cast<double>(clock.now_ms() - system.now_ms()), 7'200'500.0, 1000.0);
}

}  // namespace
}  // namespace motus::store
