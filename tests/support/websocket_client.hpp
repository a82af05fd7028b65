#pragma once
// A small WebSocket client for API tests: the upgrade with chosen headers (a refused upgrade
// gives back the server's HTTP answer), then messages in and out, read on a thread of its own.
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "support/http_client.hpp"

namespace motus::test {

class WebSocketClient {
 public:
  // Opens ws://127.0.0.1:<port><target>. When the server does not accept the upgrade, returns
  // null and fills `refusal` with its answer (status and body).
  static std::unique_ptr<WebSocketClient> open(std::uint16_t port, const std::string& target,
                                               const std::map<std::string, std::string>& headers,
                                               HttpResult* refusal);
  ~WebSocketClient();

  // Sends a text message and waits until it is written; false when the socket is gone.
  bool send(const std::string& text);
  // The next message, waiting up to `wait`; nullopt when none came or the socket closed.
  std::optional<std::string> receive(std::chrono::milliseconds wait = std::chrono::seconds(5));
  // Waits up to `wait` for the server to close; its close code then, or 0 if still open.
  int closed_with(std::chrono::milliseconds wait = std::chrono::seconds(5));
  // The headers of the server's 101 answer (names lower-cased).
  const std::map<std::string, std::string>& handshake_headers() const;

 private:
  struct State;
  explicit WebSocketClient(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace motus::test
