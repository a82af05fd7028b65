// GET /api/v1/admin/audit?after=SEQ&limit=N: admins page through the audit log and see whether
// its hash chain still verifies (and where it first breaks if not).
#include <charconv>

#include "api/access.hpp"
#include "api/app.hpp"
#include "http/problem.hpp"
#include "store/audit_log.hpp"

namespace motus::api {

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

constexpr std::int64_t kDefaultLimit = 100;
constexpr std::int64_t kMaximumLimit = 1000;

std::int64_t whole_number(const Request& request, const std::string& name, std::int64_t fallback, std::int64_t low,
                          std::int64_t high) {
  const auto text = request.query_param(name);
  if (!text) return fallback;
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (ec != std::errc() || end != text->data() + text->size() || value < low || value > high) {
    throw http::bad_request(name + " must be a whole number from " + std::to_string(low) + " to " +
                            std::to_string(high) + ".");
  }
  return value;
}

nlohmann::json text_or_null(const std::string& text) { return text.empty() ? nlohmann::json() : nlohmann::json(text); }

nlohmann::json row_json(const store::AuditRow& row) {
  return {{"seq", row.seq},
          {"at", row.entry.at},
          {"actor_id", text_or_null(row.entry.actor_id)},
          {"actor_role", text_or_null(row.entry.actor_role)},
          {"action", row.entry.action},
          {"entity", row.entry.entity},
          {"member_id", text_or_null(row.entry.member_id)},
          {"outcome", row.entry.outcome},
          {"request_id", text_or_null(row.entry.request_id)},
          {"prev_hash", row.prev_hash},
          {"hash", row.hash}};
}

asio::awaitable<Response> audit(App& app, Request& request) {
  require_role(request, {core::Role::admin});
  const auto after = whole_number(request, "after", 0, 0, INT64_MAX);
  const auto limit = whole_number(request, "limit", kDefaultLimit, 1, kMaximumLimit);
  std::vector<store::AuditRow> rows;
  store::ChainVerdict verdict;
  app.db.read([&](store::Connection& c) {
    rows = store::audit_page(c, after, limit);
    verdict = store::verify_audit_chain(c);
  });
  nlohmann::json entries = nlohmann::json::array();
  for (const auto& row : rows) entries.push_back(row_json(row));
  nlohmann::json chain = {{"verified", verdict.verified}, {"rows", verdict.rows}, {"first_broken_seq", nullptr}};
  if (verdict.first_broken_seq) chain["first_broken_seq"] = *verdict.first_broken_seq;
  nlohmann::json body = {{"entries", entries}, {"chain", chain}, {"next_after", nullptr}};
  if (static_cast<std::int64_t>(rows.size()) == limit) body["next_after"] = rows.back().seq;
  co_return http::json_response(200, body);
}

}  // namespace

void add_audit_routes(http::Router& router, App& app) {
  router.add({"GET", "/api/v1/admin/audit",
              "Page through the audit log (after=SEQ, limit=N up to 1000) and check its hash chain. Admins only.",
              "admin", [&app](Request& request) { return audit(app, request); }, {}, {"after", "limit"}});
}

}  // namespace motus::api
