#include "support/http_client.hpp"

#include <algorithm>
#include <array>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cctype>
#include <thread>

namespace motus::test {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = asio::ip::tcp;

std::string HttpResult::header(const std::string& name) const {
  std::string key = name;
  std::transform(key.begin(), key.end(), key.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  auto it = headers.find(key);
  return it == headers.end() ? std::string() : it->second;
}

nlohmann::json HttpResult::json() const { return nlohmann::json::parse(body); }

HttpResult HttpClient::request(const std::string& method, const std::string& target,
                               const std::string& body,
                               const std::map<std::string, std::string>& headers) const {
  asio::io_context io;
  beast::tcp_stream stream(io);
  stream.expires_after(std::chrono::seconds(30));
  if (!source_.empty()) {
    // Any 127.x.y.z reaches the server on Linux's loopback, so a test can be several clients.
    stream.socket().open(tcp::v4());
    stream.socket().bind(tcp::endpoint(asio::ip::make_address(source_), 0));
  }
  stream.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port_));
  bhttp::request<bhttp::string_body> req{bhttp::string_to_verb(method), target, 11};
  req.set(bhttp::field::host, "127.0.0.1:" + std::to_string(port_));
  // Like a browser on the server's own pages, every request carries our Origin (the server
  // refuses cookie writes, logins and sign-ups without it); a test that gives "Origin" its own
  // value replaces it, and an empty value sends none.
  req.set(bhttp::field::origin, "http://127.0.0.1:" + std::to_string(port_));
  for (const auto& [k, v] : headers) {
    if (beast::iequals(k, "Origin") && v.empty()) {
      req.erase(bhttp::field::origin);
    } else {
      req.set(k, v);
    }
  }
  req.body() = body;
  req.prepare_payload();
  bhttp::write(stream, req);
  beast::flat_buffer buffer;
  bhttp::response_parser<bhttp::string_body> parser;
  parser.body_limit(64 * 1024 * 1024);
  if (method == "HEAD") parser.skip(true);
  bhttp::read(stream, buffer, parser);
  auto res = parser.release();
  HttpResult out;
  out.status = res.result_int();
  for (const auto& field : res) {
    std::string name(field.name_string());
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    out.headers[name] = std::string(field.value());
  }
  out.body = res.body();
  beast::error_code ignored;
  stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
  return out;
}

struct RawConnection::State {
  asio::io_context io;
  tcp::socket socket{io};
};

RawConnection::RawConnection(std::uint16_t port) : state_(std::make_unique<State>()) {
  state_->socket.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
  state_->socket.non_blocking(true);
}

RawConnection::~RawConnection() = default;

void RawConnection::send(const std::string& bytes) {
  std::size_t sent = 0;
  while (sent < bytes.size()) {
    boost::system::error_code ec;
    sent += state_->socket.write_some(asio::buffer(bytes.data() + sent, bytes.size() - sent), ec);
    if (ec == asio::error::would_block) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    } else if (ec) {
      return;  // the server closed on us; receive() reports it
    }
  }
}

RawConnection::Received RawConnection::receive(std::chrono::milliseconds wait) {
  Received out;
  std::array<char, 8192> chunk{};
  const auto deadline = std::chrono::steady_clock::now() + wait;
  while (std::chrono::steady_clock::now() < deadline) {
    boost::system::error_code ec;
    auto n = state_->socket.read_some(asio::buffer(chunk), ec);
    if (ec == asio::error::would_block) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
      continue;
    }
    if (ec) {
      out.closed = true;
      break;
    }
    out.bytes.append(chunk.data(), n);
  }
  return out;
}

std::string HttpClient::raw(const std::string& bytes, std::chrono::milliseconds wait) const {
  RawConnection connection(port_);
  connection.send(bytes);
  return connection.receive(wait).bytes;
}

}  // namespace motus::test
