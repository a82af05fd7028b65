#include "api/shared/care_access.hpp"

#include "api/shared/account_fields.hpp"
#include "http/db_await.hpp"
#include "store/break_glass_repository.hpp"
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
          request_id,
          {}};
}

store::AuditEntry member_audit(App& app, const http::Request& request, const core::Caller& caller,
                               const std::string& action, const std::string& entity,
                               const std::string& member_id) {
  auto entry = member_audit(app, request.request_id, caller, action, entity, member_id);
  entry.client_request_id = request.client_request_id;
  return entry;
}

namespace {

asio::awaitable<void> record_denial(App& app, const http::Request& request,
                                    const core::Caller& caller) {
  auto entry = member_audit(app, request, caller, "denied",
                            "route:" + std::string(request.method()) + " " + request.route, "");
  entry.outcome = "denied";
  co_await http::durable_audit(app.db, std::move(entry));
}

}  // namespace

asio::awaitable<RecordAccess> member_for_record(App& app, const http::Request& request,
                                                const core::Caller& caller) {
  const auto& member_id = request.param("id");
  std::optional<store::User> member;
  bool assigned = false;
  bool granted = false;
  const auto now = app.clock.now_ms();
  app.db.read([&](store::Connection& c) {
    member = store::find_user_by_id(c, member_id);
    if (!member || member->role != core::Role::member) return;
    assigned = caller.role == core::Role::therapist &&
               store::therapist_of(c, member->id) == caller.user_id;
    granted = !assigned && store::has_break_glass(c, member->id, caller.user_id, now);
  });
  if (assigned || granted) co_return RecordAccess{*member, granted};
  // A 403 is put on record by the session middleware, as every 403 is; a 404 is not.
  if (member && member->role == core::Role::member) {
    http::HttpError error(403, "Not in your care",
                          "This member is not in your care. To open their record anyway, give "
                          "the reason (break-glass access): it is recorded, lasts one hour, and "
                          "their therapist sees it.");
    error.extensions["code"] = "break_glass_required";
    throw error;
  }
  co_await record_denial(app, request, caller);
  throw http::not_found();
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
  co_await record_denial(app, request, caller);
  throw http::not_found();
}

std::string bounded_text(const nlohmann::json& body, const std::string& name, std::size_t longest) {
  auto text = required_text(body, name);
  const auto first = text.find_first_not_of(" \t\r\n");
  const auto last = text.find_last_not_of(" \t\r\n");
  text = first == std::string::npos ? "" : text.substr(first, last - first + 1);
  if (text.empty() || text.size() > longest) {
    const auto most = std::to_string(longest);
    throw http::field_problem(
        name,
        {name + " must have some text, up to " + most + " characters.",
         name + " tiene que tener algo de texto, hasta " + most + " caracteres."},
        {"Write between 1 and " + most + " characters.",
         "Escribe entre 1 y " + most + " caracteres."});
  }
  return text;
}

}  // namespace motus::api
