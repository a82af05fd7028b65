#pragma once
// The HTTP/1.1 server: Boost.Beast on one io_context run by N threads, one coroutine per
// connection. Limits answer clearly (431 for headers over the cap, 413 for bodies over the
// cap, 400 for malformed requests, 501 for methods nobody serves, 503 beyond the connection
// caps) and idle or slow connections are closed. stop() shuts down
// gracefully: no new connections, idle ones closed, in-flight requests finished.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "http/client_address.hpp"
#include "http/pipeline.hpp"

namespace motus::http {

struct ServerOptions {
  std::string address = "127.0.0.1";
  std::uint16_t port = 8080;  // 0 picks a free port (see Server::port())
  unsigned threads = 0;       // 0: one per core
  std::size_t header_limit = 16 * 1024;
  std::size_t body_limit = 1024 * 1024;
  std::chrono::seconds header_timeout{10};   // to receive a request's headers, idle time included
  std::chrono::seconds request_timeout{15};  // to receive its body; to write the answer
  std::size_t max_connections = 10000;       // beyond: 503 and close
  std::size_t max_connections_per_address = 256;  // one client address; trusted proxies exempt
  TrustedProxies trusted_proxies;                 // whose X-Forwarded-For names the client
  std::chrono::seconds shutdown_grace{10};        // longest wait for in-flight requests on stop
  std::string tls_certificate_file;  // PEM chain; when set, the server speaks only HTTPS
  std::string tls_key_file;          // PEM private key
};

class Server {
 public:
  Server(ServerOptions options, const Pipeline& pipeline);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and listens; throws std::system_error naming the address if it cannot.
  void listen();
  std::uint16_t port() const;
  // Runs until stop() or SIGTERM/SIGINT, then returns once connections have drained.
  void run();
  // Safe from any thread.
  void stop();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace motus::http
