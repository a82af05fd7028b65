#include "api/visits/visit_rooms.hpp"

#include <gtest/gtest.h>

namespace motus::api {
namespace {

using core::visits::Participant;

struct FakeSocket : http::WebSocket {
  boost::asio::awaitable<std::optional<std::string>> receive() override { co_return std::nullopt; }
  bool send(std::string) override { return true; }
  void close(std::uint16_t, std::string) override {}
};

std::shared_ptr<http::WebSocket> socket() { return std::make_shared<FakeSocket>(); }

TEST(VisitRooms, TheSecondPersonFindsTheFirst) {
  VisitRooms rooms;
  const auto member = socket();
  const auto therapist = socket();
  const auto first = rooms.join("a1", Participant::member, member);
  EXPECT_EQ(first.other, nullptr);
  EXPECT_EQ(first.replaced, nullptr);
  const auto second = rooms.join("a1", Participant::therapist, therapist);
  EXPECT_EQ(second.other, member);
  EXPECT_EQ(rooms.other("a1", Participant::member), therapist);
  EXPECT_EQ(rooms.other("a2", Participant::member), nullptr);  // rooms are per appointment
  EXPECT_EQ(rooms.rooms(), 1u);
}

TEST(VisitRooms, ARejoinReplacesTheOldSocketWhichThenLeavesQuietly) {
  VisitRooms rooms;
  const auto old_socket = socket();
  const auto new_socket = socket();
  rooms.join("a1", Participant::member, old_socket);
  EXPECT_EQ(rooms.join("a1", Participant::member, new_socket).replaced, old_socket);
  // The old socket's leaving does not take the new one out.
  EXPECT_FALSE(rooms.leave("a1", Participant::member, old_socket));
  EXPECT_EQ(rooms.other("a1", Participant::therapist), new_socket);
  EXPECT_TRUE(rooms.leave("a1", Participant::member, new_socket));
  EXPECT_EQ(rooms.rooms(), 0u);  // empty rooms go
}

}  // namespace
}  // namespace motus::api
