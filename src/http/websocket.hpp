#pragma once
// WebSockets on the HTTP server's own port. A route that speaks WebSocket answers the upgrade
// request like any other (so the session, Origin and ownership checks run as usual, and a
// refusal is an ordinary 4xx problem response), and when it admits the caller it sets
// Request::upgrade and returns websocket_accepted(). The server then completes the handshake
// on the same connection and runs the upgrade handler with the accepted WebSocket until it
// returns; the connection closes after that.
#include <boost/asio/awaitable.hpp>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace motus::http {

struct Request;

class WebSocket {
 public:
  virtual ~WebSocket() = default;
  // The next text message. nullopt when the other end closed, the connection broke, the server
  // is stopping, or the message broke the size limit (the socket is then closed with 1009) or
  // was binary (closed with 1003). Only the upgrade handler's coroutine calls this.
  virtual boost::asio::awaitable<std::optional<std::string>> receive() = 0;
  // Queues a text message; safe from any thread. False when the socket is closing or closed, or
  // when its queue is full (a reader that stopped reading; the socket is then closed).
  virtual bool send(std::string text) = 0;
  // Sends a close frame with `code` and `reason` after what is already queued; any thread.
  virtual void close(std::uint16_t code, std::string reason) = 0;
};

using UpgradeHandler = std::function<boost::asio::awaitable<void>(std::shared_ptr<WebSocket>)>;

struct WebSocketOptions {
  std::size_t message_limit = 64 * 1024;  // larger messages close the socket with 1009
  std::size_t queue_limit = 256;          // messages waiting to be written
};

// Whether the request asks to become a WebSocket (GET with Upgrade: websocket).
bool is_websocket_upgrade(const Request& request);

}  // namespace motus::http
