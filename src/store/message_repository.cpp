#include "store/message_repository.hpp"

namespace motus::store {
namespace {

constexpr Statement kInsertMessage{
    "insert_message",
    "INSERT INTO messages (id, member_id, author_id, sender_side, body, sent_at) "
    "VALUES ($1, $2, $3, $4, $5, $6)"};
constexpr Statement kConversation{
    "conversation",
    "SELECT id, member_id, author_id, sender_side, body, sent_at, read_at FROM messages "
    "WHERE member_id = $1 ORDER BY sent_at, id"};
constexpr Statement kMarkRead{
    "mark_messages_read",
    "UPDATE messages SET read_at = $3 WHERE member_id = $1 AND sender_side = $2 "
    "AND read_at IS NULL"};
constexpr Statement kUnread{
    "unread_messages",
    "SELECT count(*) FROM messages WHERE member_id = $1 AND sender_side = $2 AND read_at IS NULL"};

std::string side_name(MessageSide side) {
  return side == MessageSide::member ? "member" : "care_team";
}
std::string other_side(MessageSide reader) {
  return side_name(reader == MessageSide::member ? MessageSide::care_team : MessageSide::member);
}

}  // namespace

void insert_message(Connection& connection, const Message& message) {
  connection.execute(kInsertMessage, {message.id, message.member_id, message.author_id,
                                      side_name(message.side), message.body, message.sent_at});
}

std::vector<Message> conversation(Connection& connection, const std::string& member_id) {
  std::vector<Message> messages;
  for (const auto& row : connection.query(kConversation, {member_id})) {
    messages.push_back({row.text(0), row.text(1), row.text(2),
                        row.text(3) == "member" ? MessageSide::member : MessageSide::care_team,
                        row.text(4), row.integer(5), row.is_null(6) ? 0 : row.integer(6)});
  }
  return messages;
}

std::int64_t mark_read(Connection& connection, const std::string& member_id, MessageSide reader,
                       std::int64_t now_ms) {
  return connection.execute(kMarkRead, {member_id, other_side(reader), now_ms});
}

std::int64_t unread_for(Connection& connection, const std::string& member_id, MessageSide reader) {
  return connection.query(kUnread, {member_id, other_side(reader)}).front().integer(0);
}

}  // namespace motus::store
