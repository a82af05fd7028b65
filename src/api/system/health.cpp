// Operational routes: liveness, readiness, metrics and the API description.
#include <sodium.h>

#include "api/shared/app.hpp"
#include "http/problem.hpp"

namespace motus::api {

namespace {

// A token compared in constant time; without one, only a local caller no proxy relayed.
void require_metrics_access(const App& app, const http::Request& request) {
  if (!app.metrics_token.empty()) {
    const auto authorization = request.header("Authorization");
    const std::string expected = "Bearer " + app.metrics_token;
    if (authorization.size() == expected.size() &&
        sodium_memcmp(authorization.data(), expected.data(), expected.size()) == 0) {
      return;
    }
    throw http::HttpError(401, "Metrics token needed",
                          "Send the metrics_token as `Authorization: Bearer <token>`.");
  }
  const bool relayed =
      !request.header("X-Forwarded-For").empty() || !request.header("Forwarded").empty();
  if (!request.local_peer || relayed) {
    throw http::HttpError(403, "Metrics are local",
                          "Without a metrics_token, /metrics answers only requests "
                          "made straight from the server's own machine.");
  }
}

}  // namespace

namespace asio = boost::asio;
using http::Request;
using http::Response;

void add_system_routes(http::Router& router, App& app) {
  namespace s = http::schema;
  router.add(http::Route{"GET", "/healthz", "Liveness: the process is up and answering.", "system",
                         [](Request&) -> asio::awaitable<Response> {
                           const nlohmann::json body = {{"status", "ok"}};
                           auto response = http::json_response(200, body);
                           co_return response;
                         }}
                 .for_roles({"public"})
                 .answers(200, s::object({{"status", s::words({"ok"})}})));
  router.add(http::Route{
      "GET", "/readyz", "Readiness: the store answers a query.", "system",
      [&app](Request&) -> asio::awaitable<Response> {
        if (!app.db.ping()) {
          throw http::HttpError(503, "Not ready", "The store does not answer.");
        }
        const nlohmann::json body = {{"status", "ready"}, {"store", std::string(app.db.dialect())}};
        auto response = http::json_response(200, body);
        co_return response;
      }}.for_roles({"public"})
                 .answers(200, s::object({{"status", s::words({"ready"})},
                                          {"store", s::words({"sqlite", "postgresql"})}})));
  router.add(http::Route{
      "GET", "/metrics",
      "Prometheus metrics: requests and latency by route, store commits. Needs the "
      "metrics_token as a Bearer token, or, without one configured, a request made "
      "straight from the server's own machine.",
      "system",
      [&app](Request& request) -> asio::awaitable<Response> {
        require_metrics_access(app, request);
        co_return http::text_response(200, app.metrics.render(),
                                      "text/plain; version=0.0.4; charset=utf-8");
      }}.for_roles({"public"})
                 .answers(200, s::text(), "Prometheus text exposition", "text/plain"));
  router.add(
      http::Route{"GET", "/api/openapi.json",
                  "This API's OpenAPI document, generated from the route table.", "system",
                  [&router, &app](Request&) -> asio::awaitable<Response> {
                    auto res = http::json_response(200, openapi_document(router, app.version));
                    res.set(http::beast_http::field::cache_control, "no-cache");
                    co_return res;
                  }}
          .for_roles({"public"})
          .answers(200,
                   s::object({{"openapi", s::words({"3.1.0"})},
                              {"info", s::object({{"title", s::text()}, {"version", s::text()}})},
                              {"paths", s::map_of(s::any())},
                              {"components", s::object({{"schemas", s::map_of(s::any())}})}})));
}

}  // namespace motus::api
