// Operational routes: liveness, readiness, metrics and the API description.
#include "api/app.hpp"
#include "http/problem.hpp"

namespace motus::api {

namespace asio = boost::asio;
using http::Request;
using http::Response;

void add_system_routes(http::Router& router, App& app) {
  router.add({"GET", "/healthz", "Liveness: the process is up and answering.", "system",
              [](Request&) -> asio::awaitable<Response> {
                const nlohmann::json body = {{"status", "ok"}};
                auto response = http::json_response(200, body);
                co_return response;
              }});
  router.add({"GET", "/readyz", "Readiness: the store answers a query.", "system",
              [&app](Request&) -> asio::awaitable<Response> {
                if (!app.db.ping()) {
                  throw http::HttpError(503, "Not ready", "The store does not answer.");
                }
                const nlohmann::json body = {{"status", "ready"},
                                             {"store", std::string(app.db.dialect())}};
                auto response = http::json_response(200, body);
                co_return response;
              }});
  router.add({"GET", "/metrics", "Prometheus metrics: requests and latency by route, store commits.", "system",
              [&app](Request&) -> asio::awaitable<Response> {
                co_return http::text_response(200, app.metrics.render(), "text/plain; version=0.0.4; charset=utf-8");
              }});
  router.add({"GET", "/api/openapi.json", "This API's OpenAPI document, generated from the route table.", "system",
              [&router, &app](Request&) -> asio::awaitable<Response> {
                auto res = http::json_response(200, openapi_document(router, app.version));
                res.set(http::beast_http::field::cache_control, "no-cache");
                co_return res;
              }});
}

}  // namespace motus::api
