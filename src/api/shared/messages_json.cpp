#include "api/shared/messages_json.hpp"

#include "http/json_schema.hpp"

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

namespace {

nlohmann::json message_schema() {
  namespace s = http::schema;
  return s::named("Message", s::object({{"id", s::text()},
                                        {"from", s::words({"member", "care_team"})},
                                        {"body", s::text()},
                                        {"sent_at", s::whole()},
                                        {"read", s::yes_no()},
                                        {"by?", s::text()}}));
}

}  // namespace

nlohmann::json conversation_schema() {
  namespace s = http::schema;
  return s::named("Conversation",
                  s::object({{"messages", s::list(message_schema())},
                             {"unread", s::whole_from(0)},
                             {"therapist?", s::nullable(s::object({{"name", s::text()}}))}}));
}

nlohmann::json new_message_schema() {
  namespace s = http::schema;
  return s::object({{"message", message_schema()}});
}

nlohmann::json message_body_schema() {
  namespace s = http::schema;
  return s::object({{"body", s::text(1, kLongestMessage)}});
}

}  // namespace motus::api
