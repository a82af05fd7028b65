#include "api/shared/care_access.hpp"

#include "api/shared/account_fields.hpp"
#include "http/db_await.hpp"
#include "store/care_assignment_repository.hpp"

namespace motus::api {

namespace asio = boost::asio;

namespace {

bool may_see(store::Connection& connection, const core::Caller& caller,
             const std::optional<store::User>& member) {
  if (!member || member->role != core::Role::member) return false;
  if (caller.role == core::Role::admin) return true;
  return caller.role == core::Role::therapist &&
         store::therapist_of(connection, member->id) == caller.user_id;
}

}  // namespace

store::AuditEntry member_audit(App& app, const std::string& request_id, const core::Caller& caller,
                               const std::string& action, const std::string& entity,
                               const std::string& member_id) {
  return {app.clock.now_ms(),
          caller.user_id,
          std::string(core::to_string(caller.role)),
          action,
          entity,
          member_id,
          "allowed",
          request_id};
}

store::AuditEntry member_audit(App& app, const http::Request& request, const core::Caller& caller,
                               const std::string& action, const std::string& entity,
                               const std::string& member_id) {
  return member_audit(app, request.request_id, caller, action, entity, member_id);
}

asio::awaitable<store::User> cared_for_member(App& app, const http::Request& request,
                                              const core::Caller& caller) {
  const auto& member_id = request.param("id");
  std::optional<store::User> member;
  bool allowed = false;
  app.db.read([&](store::Connection& c) {
    member = store::find_user_by_id(c, member_id);
    allowed = may_see(c, caller, member);
  });
  if (allowed) co_return *member;
  auto entry = member_audit(app, request, caller, "denied",
                            "route:" + std::string(request.method()) + " " + request.route, "");
  entry.outcome = "denied";
  std::function<void(store::Connection&)> work = [entry](store::Connection& c) {
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
  throw http::not_found();
}

std::string bounded_text(const nlohmann::json& body, const std::string& name, std::size_t longest) {
  auto text = required_text(body, name);
  const auto first = text.find_first_not_of(" \t\r\n");
  const auto last = text.find_last_not_of(" \t\r\n");
  text = first == std::string::npos ? "" : text.substr(first, last - first + 1);
  if (text.empty() || text.size() > longest) {
    auto error = http::bad_request(name + " must have some text, up to " + std::to_string(longest) +
                                   " characters.");
    error.extensions["errors"] = {
        {{"field", name},
         {"message", "Write between 1 and " + std::to_string(longest) + " characters."}}};
    throw error;
  }
  return text;
}

}  // namespace motus::api
