// GET/POST /api/v1/care/members/{id}/messages: the assigned therapist's side of a member's
// conversation. Fetching it marks the member's messages read.
#include "api/care/routes.hpp"
#include "api/shared/access.hpp"
#include "api/shared/care_access.hpp"
#include "api/shared/conversation.hpp"
#include "api/shared/messages_json.hpp"
#include "store/credentials.hpp"

namespace motus::api {

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

asio::awaitable<Response> member_messages(App& app, Request& request) {
  const auto& caller = require_role(request, {core::Role::therapist});
  const auto member = co_await cared_for_member(app, request, caller);
  const auto entry = member_audit(app, request, caller, "read", "message", member.id);
  auto response = co_await answer_conversation(app, entry, store::MessageSide::care_team);
  co_return response;
}

asio::awaitable<Response> send_member_message(App& app, Request& request) {
  const auto& caller = require_role(request, {core::Role::therapist});
  const auto body = request.json_body();
  const auto text = bounded_text(body, "body", kLongestMessage);
  const auto member = co_await cared_for_member(app, request, caller);
  const auto entry = member_audit(app, request, caller, "write", "message", member.id);
  const store::Message message{store::new_id(entry.at),
                               member.id,
                               caller.user_id,
                               store::MessageSide::care_team,
                               text,
                               entry.at,
                               0};
  auto response = co_await answer_new_message(app, entry, message);
  co_return response;
}

}  // namespace

void add_care_message_routes(http::Router& router, App& app) {
  router.add(http::Route{"GET", "/api/v1/care/members/{id}/messages",
                         "The member's conversation with the care team (assigned therapist); "
                         "marks their messages read.",
                         "care", [&app](Request& request) { return member_messages(app, request); }}
                 .for_roles({"therapist"})
                 .answers(200, conversation_schema()));
  router.add(http::Route{"POST", "/api/v1/care/members/{id}/messages",
                         "Write to the member ({body}); assigned therapist.", "care",
                         [&app](Request& request) { return send_member_message(app, request); }}
                 .for_roles({"therapist"})
                 .accepts(message_body_schema(), {{"body", "How did the bridges feel?"}})
                 .answers(201, new_message_schema(), "Sent"));
}

}  // namespace motus::api
