#pragma once
// What a handler sees and returns. Requests are Beast requests plus what routing learned;
// responses are plain Beast responses with string bodies.
#include <boost/beast/http.hpp>
#include <chrono>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "core/access/caller.hpp"
#include "http/websocket.hpp"

namespace motus::http {

namespace beast_http = boost::beast::http;
using Response = beast_http::response<beast_http::string_body>;
using BeastRequest = beast_http::request<beast_http::string_body>;

struct Request {
  BeastRequest raw;
  std::string path;                                // decoded path, no query
  std::map<std::string, std::string> query;        // decoded query parameters
  std::map<std::string, std::string> path_params;  // from the route template
  std::string route;                               // the matched template, e.g. /api/v1/x/{id}
  std::string request_id;         // made by this server, never taken from the client
  std::string client_request_id;  // the client's X-Request-Id when short and plain; else empty
  std::string remote_address;     // the client (see client_address.hpp), for limits and logs
  bool local_peer = false;        // the connection comes from this machine (loopback)
  std::chrono::steady_clock::time_point started;
  std::optional<core::Caller> caller;  // set by the session middleware for a valid session
  // The matched route's body schema (router.hpp's Contract), checked by json_body(); null: none.
  const nlohmann::json* body_schema = nullptr;
  // Set by a handler that admits a WebSocket upgrade (http/websocket.hpp), with its limits.
  UpgradeHandler upgrade;
  WebSocketOptions websocket;

  std::string_view method() const { return raw.method_string(); }
  std::string_view header(std::string_view name) const;
  const std::string& param(
      const std::string& name) const;  // a path parameter; throws 404 if absent
  std::optional<std::string> query_param(const std::string& name) const;
  // What per-address limits count under: the client's address, an IPv6 one as its /64.
  std::string address_key() const;
  // The body parsed as a JSON object and checked against the route's body schema: a 415 if it
  // is not JSON, a 400 naming every field at fault (errors[{field, message}]) if it does not
  // fit. Handlers read their body here, after their own access checks, so a caller without
  // access learns nothing from the body's shape (401/403 come first).
  nlohmann::json json_body() const;
};

Response json_response(int status, const nlohmann::json& body);
// The answer a handler gives after setting Request::upgrade: the server completes the handshake.
Response websocket_accepted();
Response text_response(int status, std::string body, std::string_view content_type);

}  // namespace motus::http
