#pragma once
// The member–care-team conversation, answered the same way whichever side asks: reading it
// marks the other side's messages read and is audited in the same durable write; writing
// stores the message and its audit row together.
#include <boost/asio/awaitable.hpp>

#include "api/shared/app.hpp"
#include "store/audit_log.hpp"
#include "store/message_repository.hpp"

namespace motus::api {

// `entry.member_id` names the conversation; `reader` is the side fetching it.
boost::asio::awaitable<http::Response> answer_conversation(App& app, store::AuditEntry entry,
                                                           store::MessageSide reader);
// 201 with the stored message.
boost::asio::awaitable<http::Response> answer_new_message(App& app, store::AuditEntry entry,
                                                          store::Message message);

}  // namespace motus::api
