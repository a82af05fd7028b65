#pragma once
// What the care-team routes share: finding the member a care-team caller asks about (their
// own assigned member, or any member for an admin; anyone else's id answers 404 and leaves a
// "denied" row in the audit log), and the audit row for an allowed access.
#include <boost/asio/awaitable.hpp>
#include <string>

#include "api/shared/app.hpp"
#include "core/access/caller.hpp"
#include "http/message.hpp"
#include "store/audit_log.hpp"
#include "store/user_repository.hpp"

namespace motus::api {

boost::asio::awaitable<store::User> cared_for_member(App& app, const http::Request& request,
                                                     const core::Caller& caller);

// Reading a member's whole record (GET /care/members/{id}): their assigned therapist, or anyone
// else of the care team (an admin, another therapist) holding an unexpired break-glass grant
// (store/break_glass_repository.hpp). Without one, such a caller gets 403 with code
// "break_glass_required" (they may then give a reason to open it); an id that is no member: 404.
// Either refusal leaves a "denied" row.
struct RecordAccess {
  store::User member;
  bool by_break_glass = false;
};
boost::asio::awaitable<RecordAccess> member_for_record(App& app, const http::Request& request,
                                                       const core::Caller& caller);

store::AuditEntry member_audit(App& app, const http::Request& request, const core::Caller& caller,
                               const std::string& action, const std::string& entity,
                               const std::string& member_id);
// The same for work that outlives its request (a visit room's socket): by the request's id.
store::AuditEntry member_audit(App& app, const std::string& request_id, const core::Caller& caller,
                               const std::string& action, const std::string& entity,
                               const std::string& member_id);

// The text field `name` of `body`, trimmed; a 400 naming the field when empty or longer than
// `longest`.
std::string bounded_text(const nlohmann::json& body, const std::string& name, std::size_t longest);

}  // namespace motus::api
