#pragma once
// Secure messages between a member and their care team. A message is read when the other
// side fetches the conversation.
#include <cstdint>
#include <string>
#include <vector>

#include "store/db.hpp"

namespace motus::store {

enum class MessageSide { member, care_team };

struct Message {
  std::string id;
  std::string member_id;
  std::string author_id;
  MessageSide side = MessageSide::member;
  std::string body;
  std::int64_t sent_at = 0;
  std::int64_t read_at = 0;  // 0: not yet read by the other side
};

void insert_message(Connection& connection, const Message& message);
// The member's whole conversation, oldest first.
std::vector<Message> conversation(Connection& connection, const std::string& member_id);
// Marks as read every message written by the side other than `reader`; returns how many.
std::int64_t mark_read(Connection& connection, const std::string& member_id, MessageSide reader,
                       std::int64_t now_ms);
// Messages written by the other side that `reader` has not read.
std::int64_t unread_for(Connection& connection, const std::string& member_id, MessageSide reader);

}  // namespace motus::store
