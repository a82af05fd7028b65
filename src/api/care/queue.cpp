// GET /api/v1/care/queue: a therapist's members (an admin: every member), most in need first,
// each with the reasons in words and its priority band (safety, attention, settled) with the
// band's label, so the screen shows what the core decided and ranks nothing itself. The ranking is
// core/care/queue.hpp; the signals come from the store. Every member listed gets an audit row: the
// reasons are health data.
#include "core/care/queue.hpp"

#include "api/care/routes.hpp"
#include "api/shared/access.hpp"
#include "api/shared/care_access.hpp"
#include "http/db_await.hpp"
#include "store/care_queue_signals.hpp"

namespace motus::api {

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

nlohmann::json entry_json(const core::care::QueueEntry& entry) {
  return {{"member_id", entry.member_id},
          {"name", entry.display_name},
          {"score", entry.score},
          {"needs_attention", !entry.reasons.empty()},
          {"reasons", entry.reasons},
          {"priority", core::care::priority_name(entry.priority)},
          {"priority_words", core::care::priority_words(entry.priority)}};
}

asio::awaitable<Response> queue(App& app, Request& request) {
  const auto& caller = require_role(request, {core::Role::therapist, core::Role::admin});
  const auto caseload = caller.role == core::Role::admin ? std::string() : caller.user_id;
  std::vector<core::care::MemberSignals> signals;
  app.db.read([&](store::Connection& c) { signals = store::gather_queue_signals(c, caseload); });
  const auto now = app.clock.now_ms();
  const auto ranked = core::care::rank_queue(signals, now);

  std::vector<store::AuditEntry> entries;
  nlohmann::json members = nlohmann::json::array();
  for (const auto& entry : ranked) {
    entries.push_back(member_audit(app, request, caller, "read", "care_queue", entry.member_id));
    members.push_back(entry_json(entry));
  }
  co_await http::durable_audits(app.db, std::move(entries));
  auto response = http::json_response(200, nlohmann::json{{"members", members}});
  co_return response;
}

}  // namespace

void add_care_queue_route(http::Router& router, App& app) {
  namespace s = http::schema;
  router.add(
      http::Route{"GET", "/api/v1/care/queue",
                  "Members ranked by need with the reasons in words; a therapist sees "
                  "their own members, an admin all.",
                  "care", [&app](Request& request) { return queue(app, request); }}
          .for_roles({"therapist", "admin"})
          .answers(
              200,
              s::object({{"members",
                          s::list(s::named(
                              "QueueEntry",
                              s::object({{"member_id", s::text()},
                                         {"name", s::text()},
                                         {"score", s::number()},
                                         {"needs_attention", s::yes_no()},
                                         {"reasons", s::list(s::text())},
                                         {"priority", s::words({"safety", "attention", "settled"})},
                                         {"priority_words", s::text()}})))}})));
}

}  // namespace motus::api
