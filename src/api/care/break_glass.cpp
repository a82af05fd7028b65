// POST /api/v1/care/members/{id}/break-glass {reason}: an admin, or a therapist the member is not
// assigned to, opens the member's record for one hour by saying why (10 to 500 characters). The
// grant is audited ("break_glass", naming the member), every read under it is audited as
// member_record_break_glass, and the record shows the member's therapist who opened it and why.
// The member's own therapist needs no grant (409).
#include "api/care/routes.hpp"
#include "api/shared/access.hpp"
#include "api/shared/care_access.hpp"
#include "http/db_await.hpp"
#include "http/json_schema.hpp"
#include "http/problem.hpp"
#include "store/break_glass_repository.hpp"
#include "store/care_assignment_repository.hpp"
#include "store/credentials.hpp"

namespace motus::api {

namespace s = http::schema;

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

constexpr std::size_t kShortestReason = 10;
constexpr std::size_t kLongestReason = 500;

asio::awaitable<Response> break_glass(App& app, Request& request) {
  const auto& caller = require_role(request, {core::Role::therapist, core::Role::admin});
  const auto body = request.json_body();
  const auto reason = bounded_text(body, "reason", kLongestReason);
  if (reason.size() < kShortestReason) {
    auto error = http::bad_request("reason must say why you need this record, in at least " +
                                   std::to_string(kShortestReason) + " characters.");
    error.extensions["errors"] = {
        {{"field", "reason"},
         {"message", "Say why you need this record (at least 10 characters)."}}};
    throw error;
  }
  const auto& member_id = request.param("id");
  std::optional<store::User> member;
  bool assigned = false;
  app.db.read([&](store::Connection& c) {
    member = store::find_user_by_id(c, member_id);
    assigned = member && store::therapist_of(c, member->id) == caller.user_id;
  });
  if (!member || member->role != core::Role::member) throw http::not_found();
  if (assigned) {
    throw http::HttpError(409, "This member is in your care",
                          "You care for this member already, so you can open the record "
                          "without break-glass access.");
  }
  auto entry = member_audit(app, request, caller, "break_glass", "member_record", member->id);
  store::BreakGlass grant{store::new_id(entry.at),
                          member->id,
                          caller.user_id,
                          entry.actor_role,
                          "",
                          reason,
                          entry.at,
                          entry.at + store::kBreakGlassMs};
  std::function<void(store::Connection&)> work = [entry, grant](store::Connection& c) {
    store::insert_break_glass(c, grant);
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
  co_return http::json_response(
      201, nlohmann::json{{"member_id", grant.member_id}, {"expires_at", grant.expires_at}});
}

}  // namespace

void add_care_break_glass_route(http::Router& router, App& app) {
  router.add(http::Route{
      "POST", "/api/v1/care/members/{id}/break-glass",
      "Open the record of a member outside your care for one hour ({reason}); recorded, "
      "audited, and shown to the member's therapist.",
      "care", [&app](Request& request) { return break_glass(app, request); }}
                 .for_roles({"admin", "therapist"})
                 .accepts(s::object({{"reason", s::text(10, 500)}}),
                          {{"reason", "Covering for their therapist while she is away this week."}})
                 .answers(201, s::object({{"member_id", s::text()}, {"expires_at", s::whole()}}),
                          "Granted for one hour"));
}

}  // namespace motus::api
