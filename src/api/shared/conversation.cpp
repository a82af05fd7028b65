#include "api/shared/conversation.hpp"

#include <map>

#include "api/shared/messages_json.hpp"
#include "http/db_await.hpp"
#include "store/care_assignment_repository.hpp"
#include "store/user_repository.hpp"

namespace motus::api {

namespace {

std::string name_of(store::Connection& c, const std::string& user_id) {
  const auto user = store::find_user_by_id(c, user_id);
  return user ? user->first_name + " " + user->last_name : "";
}

// Each care-team message says who wrote it ("by"), and the member's side also gets their
// therapist's name (null while none is assigned), for the avatar and the heading.
nlohmann::json named_conversation(store::Connection& c, const std::string& member_id,
                                  store::MessageSide reader, std::int64_t unread) {
  const auto messages = store::conversation(c, member_id);
  auto body = conversation_json(messages, unread);
  std::map<std::string, std::string> names;
  for (std::size_t i = 0; i < messages.size(); ++i) {
    if (messages[i].side != store::MessageSide::care_team) continue;
    auto [at, fresh] = names.try_emplace(messages[i].author_id);
    if (fresh) at->second = name_of(c, messages[i].author_id);
    if (!at->second.empty()) body["messages"][i]["by"] = at->second;
  }
  if (reader == store::MessageSide::member) {
    const auto therapist = store::therapist_of(c, member_id);
    body["therapist"] =
        therapist ? nlohmann::json{{"name", name_of(c, *therapist)}} : nlohmann::json(nullptr);
  }
  return body;
}

}  // namespace

boost::asio::awaitable<http::Response> answer_conversation(App& app, store::AuditEntry entry,
                                                           store::MessageSide reader) {
  std::int64_t unread = 0;
  std::function<void(store::Connection&)> work = [&unread, entry, reader](store::Connection& c) {
    unread = store::unread_for(c, entry.member_id, reader);
    store::mark_read(c, entry.member_id, reader, entry.at);
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
  nlohmann::json body;
  app.db.read(
      [&](store::Connection& c) { body = named_conversation(c, entry.member_id, reader, unread); });
  auto response = http::json_response(200, body);
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
