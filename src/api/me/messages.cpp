// GET/POST /api/v1/me/messages: a member's conversation with their care team. Fetching it
// marks the care team's messages read; the answer says how many were unread before.
#include "api/shared/access.hpp"
#include "api/shared/app.hpp"
#include "api/shared/care_access.hpp"
#include "api/shared/conversation.hpp"
#include "api/shared/messages_json.hpp"
#include "store/credentials.hpp"

namespace motus::api {

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

asio::awaitable<Response> my_messages(App& app, Request& request) {
  const auto& caller = require_role(request, {core::Role::member});
  const auto entry = member_audit(app, request, caller, "read", "message", caller.user_id);
  auto response = co_await answer_conversation(app, entry, store::MessageSide::member);
  co_return response;
}

asio::awaitable<Response> send_my_message(App& app, Request& request) {
  const auto& caller = require_role(request, {core::Role::member});
  const auto body = request.json_body();
  const auto entry = member_audit(app, request, caller, "write", "message", caller.user_id);
  const store::Message message{store::new_id(entry.at),
                               caller.user_id,
                               caller.user_id,
                               store::MessageSide::member,
                               bounded_text(body, "body", kLongestMessage),
                               entry.at,
                               0};
  auto response = co_await answer_new_message(app, entry, message);
  co_return response;
}

}  // namespace

void add_message_routes(http::Router& router, App& app) {
  router.add(http::Route{"GET", "/api/v1/me/messages",
                         "Your conversation with your care team, oldest first; marks their "
                         "messages read.",
                         "messages", [&app](Request& request) { return my_messages(app, request); }}
                 .for_roles({"member"})
                 .answers(200, conversation_schema()));
  router.add(http::Route{"POST", "/api/v1/me/messages", "Write to your care team ({body}).",
                         "messages",
                         [&app](Request& request) { return send_my_message(app, request); }}
                 .for_roles({"member"})
                 .accepts(message_body_schema(), {{"body", "My back is stiff this morning."}})
                 .answers(201, new_message_schema(), "Sent"));
}

}  // namespace motus::api
