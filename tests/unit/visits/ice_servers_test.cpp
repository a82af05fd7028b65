#include "api/visits/ice_servers.hpp"

#include <gtest/gtest.h>

namespace motus::api {
namespace {

// Expected passwords computed independently:
// base64(hmac.new(secret, username, hashlib.sha1).digest()) in Python.
TEST(TurnCredential, FollowsCoturnsUseAuthSecretScheme) {
  const auto credential = turn_credential("north-wind-secret", "user-1", 1'800'000'000);
  EXPECT_EQ(credential.username, "1800000000:user-1");
  EXPECT_EQ(credential.password, "f3OZb8PeFKNDoWE2uvfRhzEaB3w=");
  const auto other = turn_credential("north", "guest", 1'433'895'918);
  EXPECT_EQ(other.username, "1433895918:guest");
  EXPECT_EQ(other.password, "DZ+3hnl8p0tAogyQOPwzx87LORs=");
}

TEST(TurnCredential, IceServersCarryTheCredentialUntilTheRoomCloses) {
  VisitSettings settings{
      {"stun:stun.clinic.example:3478"},
      {"turn:turn.clinic.example:3478?transport=udp", "turns:turn.clinic.example:5349"},
      "north-wind-secret"};
  // The expiry is rounded up to a whole second.
  const auto answer = ice_servers(settings, "user-1", 1'799'999'999'001);
  EXPECT_EQ(answer["expires_at"], 1'800'000'000'000);
  ASSERT_EQ(answer["ice_servers"].size(), 2u);
  EXPECT_EQ(answer["ice_servers"][0],
            (nlohmann::json{{"urls", {"stun:stun.clinic.example:3478"}}}));
  const auto& turn = answer["ice_servers"][1];
  EXPECT_EQ(turn["urls"].size(), 2u);
  EXPECT_EQ(turn["username"], "1800000000:user-1");
  EXPECT_EQ(turn["credential"], "f3OZb8PeFKNDoWE2uvfRhzEaB3w=");
}

TEST(TurnCredential, NoServersConfiguredMeansNoneGiven) {
  const auto answer = ice_servers(VisitSettings{}, "user-1", 1'800'000'000'000);
  EXPECT_TRUE(answer["ice_servers"].empty());
  // TURN without its secret is never handed out (the configuration refuses it too).
  VisitSettings no_secret{{}, {"turn:turn.clinic.example:3478"}, ""};
  EXPECT_TRUE(ice_servers(no_secret, "user-1", 1'800'000'000'000)["ice_servers"].empty());
}

}  // namespace
}  // namespace motus::api
