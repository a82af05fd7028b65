#pragma once
// One JSON shape for a message, whichever side reads it, and the conversation both sides see.
#include <nlohmann/json.hpp>

#include "store/message_repository.hpp"

namespace motus::api {

inline constexpr std::size_t kLongestMessage = 4000;

nlohmann::json message_json(const store::Message& message);
// {messages: [...oldest first], unread: how many the reader had not read before this fetch}
nlohmann::json conversation_json(const std::vector<store::Message>& messages, std::int64_t unread);

// The schemas: a conversation, {message} as a new one is answered, and {body} as one is sent.
nlohmann::json conversation_schema();
nlohmann::json new_message_schema();
nlohmann::json message_body_schema();

}  // namespace motus::api
