// GET /api/v1/care/queue: a therapist's members (an admin: every member, a page at a time), most
// in need first, each with the reasons in words and its priority band (safety, attention,
// settled) with the band's label, so the screen shows what the core decided and ranks nothing
// itself. The ranking is core/care/queue.hpp; the signals come from the store in one read. Every
// member listed gets an audit row: the reasons are health data. An admin's page (after=ID,
// limit=N) audits only the members on it.
#include "core/care/queue.hpp"

#include <algorithm>
#include <iterator>

#include "api/admin/paging.hpp"
#include "api/care/routes.hpp"
#include "api/shared/access.hpp"
#include "api/shared/care_access.hpp"
#include "http/db_await.hpp"
#include "http/problem.hpp"
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

using Ranked = std::vector<core::care::QueueEntry>;

struct QueuePage {
  Ranked::const_iterator first;
  Ranked::const_iterator last;
  bool more = false;  // members come after this page
};

// The admin's view of every member, a page at a time in the queue's order: up to `limit`
// members after the one named by `after` (the previous page's next_after).
QueuePage admin_page(const Request& request, const Ranked& ranked) {
  const auto after = page_after_id(request);
  const auto limit = page_limit(request);
  auto first = ranked.begin();
  if (!after.empty()) {
    first = std::find_if(ranked.begin(), ranked.end(),
                         [&](const auto& entry) { return entry.member_id == after; });
    if (first == ranked.end()) {
      auto error = http::bad_request(
          "after must be the id that ended the previous page (next_after); start again without "
          "it.");
      error.extensions["errors"] = {
          {{"field", "after"}, {"message", "No member with this id is in the queue."}}};
      throw error;
    }
    ++first;
  }
  const auto left = std::distance(first, ranked.end());
  const auto last = first + std::min<std::ptrdiff_t>(left, limit);
  return {first, last, last != ranked.end()};
}

asio::awaitable<Response> queue(App& app, Request& request) {
  const auto& caller = require_role(request, {core::Role::therapist, core::Role::admin});
  const auto caseload = caller.role == core::Role::admin ? std::string() : caller.user_id;
  std::vector<core::care::MemberSignals> signals;
  app.db.read([&](store::Connection& c) { signals = store::gather_queue_signals(c, caseload); });
  const auto now = app.clock.now_ms();
  const auto ranked = core::care::rank_queue(signals, now);
  const auto page = caseload.empty() ? admin_page(request, ranked)
                                     : QueuePage{ranked.begin(), ranked.end(), false};

  std::vector<store::AuditEntry> entries;
  nlohmann::json members = nlohmann::json::array();
  for (auto entry = page.first; entry != page.last; ++entry) {
    entries.push_back(member_audit(app, request, caller, "read", "care_queue", entry->member_id));
    members.push_back(entry_json(*entry));
  }
  co_await http::durable_audits(app.db, std::move(entries));
  nlohmann::json body{{"members", members}};
  if (caseload.empty()) {
    body["next_after"] = page.more ? nlohmann::json(std::prev(page.last)->member_id) : nullptr;
  }
  auto response = http::json_response(200, body);
  co_return response;
}

}  // namespace

void add_care_queue_route(http::Router& router, App& app) {
  namespace s = http::schema;
  router.add(
      http::Route{"GET",
                  "/api/v1/care/queue",
                  "Members ranked by need with the reasons in words; a therapist sees "
                  "their own members, an admin all of them a page at a time (after=ID, limit=N "
                  "up to 1000; next_after names the next page's start).",
                  "care",
                  [&app](Request& request) { return queue(app, request); },
                  {},
                  {"after", "limit"}}
          .for_roles({"therapist", "admin"})
          .takes("limit", page_limit_schema())
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
                                         {"priority_words", s::text()}})))},
                         {"next_after?", s::nullable(s::text())}})));
}

}  // namespace motus::api
