#include "api/shared/messages_json.hpp"

namespace motus::api {

nlohmann::json message_json(const store::Message& message) {
  return {{"id", message.id},
          {"from", message.side == store::MessageSide::member ? "member" : "care_team"},
          {"body", message.body},
          {"sent_at", message.sent_at},
          {"read", message.read_at != 0}};
}

nlohmann::json conversation_json(const std::vector<store::Message>& messages, std::int64_t unread) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& message : messages) list.push_back(message_json(message));
  return {{"messages", list}, {"unread", unread}};
}

}  // namespace motus::api
