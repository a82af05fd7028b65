#include "api/shared/conversation.hpp"

#include "api/shared/messages_json.hpp"
#include "http/db_await.hpp"

namespace motus::api {

boost::asio::awaitable<http::Response> answer_conversation(App& app, store::AuditEntry entry,
                                                           store::MessageSide reader) {
  std::int64_t unread = 0;
  std::function<void(store::Connection&)> work = [&unread, entry, reader](store::Connection& c) {
    unread = store::unread_for(c, entry.member_id, reader);
    store::mark_read(c, entry.member_id, reader, entry.at);
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
  std::vector<store::Message> messages;
  app.db.read([&](store::Connection& c) { messages = store::conversation(c, entry.member_id); });
  auto response = http::json_response(200, conversation_json(messages, unread));
  co_return response;
}

boost::asio::awaitable<http::Response> answer_new_message(App& app, store::AuditEntry entry,
                                                          store::Message message) {
  std::function<void(store::Connection&)> work = [message, entry](store::Connection& c) {
    store::insert_message(c, message);
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
  auto response = http::json_response(201, nlohmann::json{{"message", message_json(message)}});
  co_return response;
}

}  // namespace motus::api
