#include "core/visits/signal_message.hpp"

#include <gtest/gtest.h>

namespace motus::core::visits {
namespace {

using nlohmann::json;

TEST(SignalMessage, OffersAndAnswersCarryOnlyTheirDescription) {
  const auto offer =
      check_signal(R"({"type":"offer","sdp":"v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n"})");
  ASSERT_TRUE(offer.message) << offer.problem;
  EXPECT_EQ(*offer.message,
            (json{{"type", "offer"}, {"sdp", "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n"}}));
  EXPECT_EQ(offer.type(), "offer");
  EXPECT_EQ(check_signal(R"({"type":"answer","sdp":"v=0"})").type(), "answer");
  EXPECT_EQ(check_signal(R"({"type":"offer","sdp":""})").problem, "'sdp' must not be empty");
  EXPECT_EQ(check_signal(R"({"type":"offer"})").problem, "'sdp' must be text");
  EXPECT_EQ(check_signal(R"({"type":"offer","sdp":"v=0","from":"therapist"})").problem,
            "the offer has an unknown key 'from'");
  const auto huge = json{{"type", "offer"}, {"sdp", std::string(kLongestSdp + 1, 'a')}}.dump();
  EXPECT_EQ(check_signal(huge).problem, "'sdp' is longer than 61440 bytes");
}

TEST(SignalMessage, CandidatesAreRebuiltFieldByField) {
  const auto checked = check_signal(
      R"({"type":"candidate","candidate":{"candidate":"candidate:1 1 udp 2122260223 192.168.1.4 51000 typ host","sdpMid":"0","sdpMLineIndex":0}})");
  ASSERT_TRUE(checked.message) << checked.problem;
  EXPECT_EQ((*checked.message)["candidate"],
            (json{{"candidate", "candidate:1 1 udp 2122260223 192.168.1.4 51000 typ host"},
                  {"sdpMid", "0"},
                  {"sdpMLineIndex", 0},
                  {"usernameFragment", nullptr}}));
  const auto end = check_signal(R"({"type":"candidate","candidate":null})");
  ASSERT_TRUE(end.message);
  EXPECT_TRUE((*end.message)["candidate"].is_null());
  EXPECT_EQ(check_signal(R"({"type":"candidate"})").problem, "'candidate' is missing");
  EXPECT_EQ(check_signal(R"({"type":"candidate","candidate":{"candidate":"x","sdpMLineIndex":99}})")
                .problem,
            "'sdpMLineIndex' must be a whole number from 0 to 64");
  EXPECT_EQ(check_signal(R"({"type":"candidate","candidate":{"candidate":"x","port":1}})").problem,
            "'candidate' has an unknown key 'port'");
  EXPECT_EQ(check_signal(R"({"type":"candidate","candidate":"x"})").problem,
            "'candidate' must be an object or null");
}

TEST(SignalMessage, ChatIsOneToTwoThousandCharactersNotBlank) {
  const auto chat = check_signal(R"({"type":"chat","text":"Can you hear me?"})");
  ASSERT_TRUE(chat.message);
  EXPECT_EQ(*chat.message, (json{{"type", "chat"}, {"text", "Can you hear me?"}}));
  EXPECT_EQ(check_signal(R"({"type":"chat","text":"  \n "})").problem, "'text' must not be blank");
  EXPECT_EQ(check_signal(json{{"type", "chat"}, {"text", std::string(2001, 'a')}}.dump()).problem,
            "'text' is longer than 2000 bytes");
  EXPECT_EQ(check_signal(R"({"type":"chat","text":7})").problem, "'text' must be text");
}

TEST(SignalMessage, MediaAndByeAreSmall) {
  EXPECT_EQ(*check_signal(R"({"type":"media","audio":false,"video":true})").message,
            (json{{"type", "media"}, {"audio", false}, {"video", true}}));
  EXPECT_EQ(check_signal(R"({"type":"media","audio":1,"video":true})").problem,
            "'audio' must be true or false");
  EXPECT_EQ(*check_signal(R"({"type":"bye"})").message, (json{{"type", "bye"}}));
  EXPECT_EQ(check_signal(R"({"type":"bye","reason":"x"})").problem,
            "the bye has an unknown key 'reason'");
}

TEST(SignalMessage, AnythingElseIsRefusedWithTheReason) {
  EXPECT_EQ(check_signal("not json").problem, "a signal must be valid JSON");
  EXPECT_EQ(check_signal("[1,2]").problem, "a signal must be a JSON object");
  EXPECT_EQ(check_signal(R"({"sdp":"v=0"})").problem, "'type' must be text");
  EXPECT_EQ(check_signal(R"({"type":"welcome"})").problem,
            "'type' must be offer, answer, candidate, chat, media or bye, not 'welcome'");
  EXPECT_EQ(check_signal(R"({"type":"chat","text":{"a":{"b":{"c":{"d":1}}}}})").problem,
            "a signal nests too deeply");
  EXPECT_EQ(check_signal(std::string(kLongestSignal + 1, ' ')).problem,
            "a signal must be at most 65536 bytes");
  EXPECT_EQ(check_signal("{\"type\":\"chat\",\"text\":\"\xff\"}").problem,
            "a signal must be valid JSON");
}

}  // namespace
}  // namespace motus::core::visits
