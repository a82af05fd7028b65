// GET /api/v1/admin/audit?after=SEQ&limit=N: admins page through the audit log, with the names
// of the people its ids stand for, and see whether its hash chain still verifies (and where it
// first breaks if not): from the last sealed checkpoint of its head (store/audit_checkpoint.hpp)
// to the head, plus the rows on the page. `motus audit verify` walks the whole chain.
#include "api/admin/paging.hpp"
#include "api/shared/access.hpp"
#include "api/shared/app.hpp"
#include "http/db_await.hpp"
#include "http/problem.hpp"
#include "store/audit_log.hpp"
#include "store/audit_names.hpp"

namespace motus::api {

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

nlohmann::json text_or_null(const std::string& text) {
  return text.empty() ? nlohmann::json() : nlohmann::json(text);
}

// Who an id names, in words. An id whose account is gone belonged to a member who erased their
// data (staff accounts are never removed), so the viewer says so instead of showing nothing.
nlohmann::json name_of(const std::string& id, const std::optional<std::string>& name,
                       const std::string& role) {
  if (id.empty()) return nullptr;
  if (name) return *name;
  return role == "member" ? "deleted member" : "deleted account";
}

nlohmann::json row_json(const store::AuditRow& row, const store::AuditNames& names) {
  return {{"seq", row.seq},
          {"at", row.entry.at},
          {"actor_id", text_or_null(row.entry.actor_id)},
          {"actor_name", name_of(row.entry.actor_id, names.actor_name, row.entry.actor_role)},
          {"actor_role", text_or_null(row.entry.actor_role)},
          {"action", row.entry.action},
          {"entity", row.entry.entity},
          {"member_id", text_or_null(row.entry.member_id)},
          {"member_name", name_of(row.entry.member_id, names.member_name, "member")},
          {"outcome", row.entry.outcome},
          {"request_id", text_or_null(row.entry.request_id)},
          {"client_request_id", text_or_null(row.entry.client_request_id)},
          {"prev_hash", row.prev_hash},
          {"hash", row.hash}};
}

asio::awaitable<Response> audit(App& app, Request& request) {
  const auto& caller = require_role(request, {core::Role::admin});
  const auto after = whole_number_param(request, "after", 0, 0, INT64_MAX);
  const auto limit = page_limit(request);
  std::vector<store::AuditRow> rows;
  std::map<std::int64_t, store::AuditNames> names;
  store::ChainVerdict verdict;
  app.db.read([&](store::Connection& c) {
    rows = store::audit_page(c, after, limit);
    names = store::audit_page_names(c, after, limit);
    // From the last sealed checkpoint to the head (only rows written since are re-hashed), and
    // every row of this page, which may lie before the checkpoint.
    verdict = app.audit_anchor.verify_and_advance(c);
  });
  if (const auto changed = store::first_changed_row(rows);
      changed && (verdict.verified || *changed < verdict.first_broken_seq.value_or(INT64_MAX))) {
    verdict.verified = false;
    verdict.first_broken_seq = changed;
    verdict.problem = "Row " + std::to_string(*changed) + " was changed after it was written.";
  }
  nlohmann::json entries = nlohmann::json::array();
  for (const auto& row : rows) entries.push_back(row_json(row, names[row.seq]));
  nlohmann::json chain = {{"verified", verdict.verified},
                          {"rows", verdict.rows},
                          {"first_broken_seq", nullptr},
                          {"problem", text_or_null(verdict.problem)}};
  if (verdict.first_broken_seq) chain["first_broken_seq"] = *verdict.first_broken_seq;
  nlohmann::json body = {{"entries", entries}, {"chain", chain}, {"next_after", nullptr}};
  if (static_cast<std::int64_t>(rows.size()) == limit) body["next_after"] = rows.back().seq;
  // The log is health data's own record: reading it is on record too, before the answer.
  // A named entry, never a temporary inside the co_await (GCC 12 destroys those twice).
  store::AuditEntry read{
      app.clock.now_ms(), caller.user_id,           "admin", "read", "audit_log", {}, "allowed",
      request.request_id, request.client_request_id};
  co_await http::durable_audit(app.db, std::move(read));
  co_return http::json_response(200, body);
}

}  // namespace

void add_audit_routes(http::Router& router, App& app) {
  namespace s = http::schema;
  const auto maybe_text = s::nullable(s::text());
  router.add(
      http::Route{
          "GET",
          "/api/v1/admin/audit",
          "Page through the audit log (after=SEQ, limit=N up to 1000) with the names behind "
          "its ids, and check its hash "
          "chain. Admins only.",
          "admin",
          [&app](Request& request) { return audit(app, request); },
          {},
          {"after", "limit"}}
          .for_roles({"admin"})
          .takes("after", s::whole_from(0))
          .takes("limit", page_limit_schema())
          .answers(200,
                   s::object({{"entries", s::list(s::object({{"seq", s::whole()},
                                                             {"at", s::whole()},
                                                             {"actor_id", maybe_text},
                                                             {"actor_name", maybe_text},
                                                             {"actor_role", maybe_text},
                                                             {"action", s::text()},
                                                             {"entity", s::text()},
                                                             {"member_id", maybe_text},
                                                             {"member_name", maybe_text},
                                                             {"outcome", s::text()},
                                                             {"request_id", maybe_text},
                                                             {"prev_hash", s::text()},
                                                             {"hash", s::text()}}))},
                              {"chain", s::object({{"verified", s::yes_no()},
                                                   {"rows", s::whole_from(0)},
                                                   {"first_broken_seq", s::nullable(s::whole())},
                                                   {"problem", maybe_text}})},
                              {"next_after", s::nullable(s::whole())}})));
}

}  // namespace motus::api
