// POST /api/v1/care/members/{id}/flags/{flag_id}/handled: the assigned therapist marks one of the
// member's open care flags handled, with a short note of what they did ("Called her; she saw her
// GP today"). The queue reads open flags only, so it drops the member's warning; the record keeps
// the flag with who handled it, when and the note; a new warning sign raises a new flag.
#include "api/care/routes.hpp"
#include "api/shared/access.hpp"
#include "api/shared/care_access.hpp"
#include "http/db_await.hpp"
#include "http/json_schema.hpp"
#include "http/problem.hpp"
#include "store/journey_care_flag_repository.hpp"

namespace motus::api {

namespace s = http::schema;

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

constexpr std::size_t kLongestHandledNote = 500;

asio::awaitable<Response> handle_flag(App& app, Request& request) {
  const auto& caller = require_role(request, {core::Role::therapist});
  const auto note = bounded_text(request.json_body(), "note", kLongestHandledNote);
  const auto member = co_await cared_for_member(app, request, caller);
  const auto flag_id = std::string(request.param("flag_id"));
  const auto entry = member_audit(app, request, caller, "write", "care_flag", member.id);
  auto outcome = store::FlagHandling::not_found;
  std::function<void(store::Connection&)> work = [&, entry](store::Connection& c) {
    outcome = store::handle_care_flag(c, flag_id, member.id, caller.user_id, note, entry.at);
    if (outcome == store::FlagHandling::handled) store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
  if (outcome == store::FlagHandling::not_found) throw http::not_found();
  if (outcome == store::FlagHandling::already_handled) {
    throw http::HttpError(409, "Already handled",
                          "Someone on the care team has marked this flag handled already; the "
                          "record shows who and what they did.");
  }
  auto response = http::json_response(
      200,
      nlohmann::json{
          {"flag", {{"id", flag_id}, {"open", false}, {"handled_at", entry.at}, {"note", note}}}});
  co_return response;
}

}  // namespace

void add_care_flag_route(http::Router& router, App& app) {
  router.add(
      http::Route{"POST", "/api/v1/care/members/{id}/flags/{flag_id}/handled",
                  "Mark one of the member's open care flags handled ({note}: what you did, up to "
                  "500 characters); the queue drops it, the record keeps it. Assigned therapist "
                  "only; 409 when it was handled already.",
                  "care", [&app](Request& request) { return handle_flag(app, request); }}
          .for_roles({"therapist"})
          .accepts(s::object({{"note", s::text(1, 500)}}),
                   {{"note", "Called them; seen by their doctor today."}})
          .answers(200,
                   s::object({{"flag", s::object({{"id", s::text()},
                                                  {"open", s::yes_no()},
                                                  {"handled_at", s::whole()},
                                                  {"note", s::text()}})}}),
                   "Marked handled"));
}

}  // namespace motus::api
