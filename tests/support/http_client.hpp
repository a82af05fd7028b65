#pragma once
// A small blocking HTTP/1.1 client for API tests: one connection per request, or raw bytes for
// the tests that must send what a well-behaved client never would.
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

namespace motus::test {

struct HttpResult {
  int status = 0;
  std::map<std::string, std::string> headers;  // names lower-cased
  std::string body;

  std::string header(const std::string& name) const;
  nlohmann::json json() const;  // throws if the body is not JSON
};

// A plain TCP connection for sending bytes in pieces and watching what comes back.
class RawConnection {
 public:
  explicit RawConnection(std::uint16_t port);
  ~RawConnection();
  void send(const std::string& bytes);
  struct Received {
    std::string bytes;
    bool closed = false;  // the server closed the connection
  };
  // Reads until the server closes or `wait` passes.
  Received receive(std::chrono::milliseconds wait);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Sends `Origin: http://127.0.0.1:<port>` with every request unless the caller's headers give
// "Origin" another value (an empty one: no Origin at all).
class HttpClient {
 public:
  explicit HttpClient(std::uint16_t port) : port_(port) {}
  // The same client connecting from another loopback address (e.g. "127.0.0.2"), so the server
  // sees a second network address.
  HttpClient from(const std::string& source) const {
    HttpClient other(port_);
    other.source_ = source;
    return other;
  }
  HttpResult request(const std::string& method, const std::string& target,
                     const std::string& body = {},
                     const std::map<std::string, std::string>& headers = {}) const;
  HttpResult get(const std::string& target) const { return request("GET", target); }
  HttpResult post_json(const std::string& target, const nlohmann::json& body) const {
    return request("POST", target, body.dump(), {{"Content-Type", "application/json"}});
  }
  // Sends `bytes` as they are, then reads until the server closes or `wait` passes.
  std::string raw(const std::string& bytes,
                  std::chrono::milliseconds wait = std::chrono::seconds(5)) const;

 private:
  std::uint16_t port_;
  std::string source_;  // empty: the system picks (127.0.0.1)
};

}  // namespace motus::test
