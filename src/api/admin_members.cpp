// PUT /api/v1/admin/members/{id}/therapist: an admin moves a member to another therapist
// ({therapist_id}). Members are first assigned at sign-up to the least-loaded therapist.
#include "api/access.hpp"
#include "api/app.hpp"
#include "api/auth_account.hpp"
#include "api/care_access.hpp"
#include "http/db_await.hpp"
#include "store/care_assignment_repository.hpp"

namespace motus::api {

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

asio::awaitable<Response> reassign(App& app, Request& request) {
  const auto& caller = require_role(request, {core::Role::admin});
  const auto body = request.json_body();
  const auto therapist_id = required_text(body, "therapist_id");
  const auto member = co_await cared_for_member(app, request, caller);
  const auto entry = member_audit(app, request, caller, "write", "care_assignment", member.id);
  std::function<void(store::Connection&)> work = [therapist_id, entry](store::Connection& c) {
    const auto therapist = store::find_user_by_id(c, therapist_id);
    if (!therapist || therapist->role != core::Role::therapist) {
      auto error = http::bad_request("There is no therapist with this therapist_id.");
      error.extensions["errors"] = {
          {{"field", "therapist_id"}, {"message", "Use the id of a therapist's account."}}};
      throw error;
    }
    store::assign_therapist(c, entry.member_id, therapist_id, entry.at);
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
  nlohmann::json answer = {{"member_id", member.id}, {"therapist_id", therapist_id}};
  auto response = http::json_response(200, answer);
  co_return response;
}

}  // namespace

void add_admin_member_routes(http::Router& router, App& app) {
  router.add({"PUT", "/api/v1/admin/members/{id}/therapist",
              "Assign the member to another therapist ({therapist_id}). Admins only.", "admin",
              [&app](Request& request) { return reassign(app, request); }, "application/json"});
}

}  // namespace motus::api
