#include "http/server.hpp"

#include <array>
#include <boost/asio.hpp>
#include <boost/asio/experimental/as_tuple.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <map>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "http/log.hpp"
#include "http/problem.hpp"
#include "http/websocket_session.hpp"

namespace motus::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
using tcp = asio::ip::tcp;
constexpr auto use_tuple = asio::experimental::as_tuple(asio::use_awaitable);

namespace {

// One open connection, so stop() can close the idle ones and let the busy ones finish. The
// stream itself (plain or TLS) lives in the session coroutine; `socket` is its lowest layer.
struct Connection {
  explicit Connection(beast::tcp_stream s) : stream(std::move(s)) {}
  beast::tcp_stream stream;
  std::atomic<bool> busy{false};
  asio::ip::address peer;
  // Counted under this key in Server::State::per_address; empty: not counted there.
  std::string limit_key;
  std::string refusal;  // non-empty: over a connection cap, answer 503 with this and close
};

// Answers a request that never reached the pipeline (it broke a limit or did not parse), in the
// language its headers asked for when they were read (there is no session yet).
Response early_error(int status, const std::string& title, const Said& detail,
                     std::string_view accept_language = {}) {
  Request request;
  request.request_id = new_request_id();
  if (!accept_language.empty())
    request.raw.set(beast_http::field::accept_language, accept_language);
  auto res = problem_response(status, title, detail, request);
  res.set("X-Request-Id", request.request_id);
  res.keep_alive(false);
  return res;
}

std::optional<Response> answer_for_read_error(const boost::system::error_code& ec,
                                              const ServerOptions& options,
                                              std::string_view accept_language) {
  if (ec == beast_http::error::header_limit) {
    const auto kib = std::to_string(options.header_limit / 1024);
    return early_error(431, "Request header fields too large",
                       Said{"The request headers are larger than " + kib + " KiB.",
                            "Los encabezados de la solicitud ocupan más de " + kib + " KiB."});
  }
  if (ec == beast_http::error::body_limit) {
    const auto bytes = std::to_string(options.body_limit);
    return early_error(413, "Content too large",
                       Said{"The request body is larger than " + bytes + " bytes.",
                            "Lo que enviaste ocupa más de " + bytes + " bytes, el máximo."},
                       accept_language);
  }
  const bool parse_error =
      ec.category() == beast_http::make_error_code(beast_http::error::bad_method).category();
  if (parse_error && ec != beast_http::error::end_of_stream &&
      ec != beast_http::error::partial_message) {
    return early_error(400, "Bad request", Said{"The request is not valid HTTP/1.1.", {}});
  }
  return std::nullopt;  // end of stream, timeout, reset: nobody to answer
}

}  // namespace

struct Server::State {
  State(ServerOptions o, const Pipeline& p) : options(std::move(o)), pipeline(p), acceptor(io) {}

  asio::awaitable<void> accept_loop();
  asio::awaitable<void> session(std::shared_ptr<Connection> connection);
  template <class Stream>
  asio::awaitable<void> serve_requests(Stream& stream, Connection& connection);
  asio::awaitable<void> refuse(Connection& connection);
  // Counts a new connection against the caps; returns why it is refused, or "" to serve it.
  std::string admit(Connection& connection);
  void forget(const Connection& connection);
  void begin_shutdown();

  ServerOptions options;
  const Pipeline& pipeline;
  asio::io_context io;
  std::unique_ptr<asio::ssl::context> tls;
  tcp::acceptor acceptor;
  std::atomic<bool> stopping{false};
  std::mutex mutex;
  std::set<std::shared_ptr<Connection>> connections;
  std::size_t served = 0;     // connections admitted and still open
  std::uint64_t refused = 0;  // connections refused over a cap, ever (accept loop only)
  std::map<std::string, std::size_t> per_address;  // admitted connections by client address key
};

std::string Server::State::admit(Connection& connection) {
  std::lock_guard lock(mutex);
  if (served >= options.max_connections) {
    return "The server has " + std::to_string(options.max_connections) +
           " connections open; try again shortly.";
  }
  const bool proxy = options.trusted_proxies.contains(connection.peer);
  const auto key = address_limit_key(plain_address(connection.peer).to_string());
  if (!proxy && per_address[key] >= options.max_connections_per_address) {
    return "Your address has " + std::to_string(options.max_connections_per_address) +
           " connections open; close some and try again.";
  }
  ++served;
  if (!proxy) {
    ++per_address[key];
    connection.limit_key = key;
  }
  return {};
}

void Server::State::forget(const Connection& connection) {
  std::lock_guard lock(mutex);
  if (!connection.refusal.empty()) return;
  --served;
  if (connection.limit_key.empty()) return;
  auto it = per_address.find(connection.limit_key);
  if (it != per_address.end() && --it->second == 0) per_address.erase(it);
}

// Over a cap: a 503 the client can read, then close. The request is read for a moment first so
// that closing does not reset the connection under the answer.
asio::awaitable<void> Server::State::refuse(Connection& connection) {
  auto answer = early_error(503, "Too many connections", Said{connection.refusal, {}});
  answer.set(beast_http::field::retry_after, "5");
  connection.stream.expires_after(std::chrono::seconds(2));
  co_await beast_http::async_write(connection.stream, answer, use_tuple);
  boost::system::error_code ec;
  connection.stream.socket().shutdown(tcp::socket::shutdown_send, ec);
  std::array<char, 4096> sink;
  while (!ec) {
    std::size_t n = 0;
    std::tie(ec, n) = co_await connection.stream.async_read_some(asio::buffer(sink), use_tuple);
  }
  connection.stream.close();
}

asio::awaitable<void> Server::State::accept_loop() {
  while (!stopping) {
    auto [ec, socket] = co_await acceptor.async_accept(asio::make_strand(io), use_tuple);
    if (ec) {
      if (stopping || ec == asio::error::operation_aborted) break;
      log::warn("accept_failed", {{"error", ec.message()}});
      continue;
    }
    auto connection = std::make_shared<Connection>(beast::tcp_stream(std::move(socket)));
    boost::system::error_code peer_ec;
    connection->peer = connection->stream.socket().remote_endpoint(peer_ec).address();
    if (peer_ec) continue;  // already gone
    connection->refusal = admit(*connection);
    if (!connection->refusal.empty()) {
      // A flood must not fill the disk with log lines: the 1st, 2nd, 4th, 8th, ... refusal.
      const auto count = ++refused;
      if ((count & (count - 1)) == 0) {
        log::warn("connection_refused",
                  {{"detail", connection->refusal}, {"refused_so_far", count}});
      }
    }
    {
      std::lock_guard lock(mutex);
      connections.insert(connection);
    }
    auto executor = connection->stream.get_executor();
    asio::co_spawn(executor, session(connection), [this, connection](std::exception_ptr error) {
      if (error) {
        try {
          std::rethrow_exception(error);
        } catch (const std::exception& e) {
          log::error("connection_failed", {{"error", e.what()}});
        }
      }
      forget(*connection);
      std::lock_guard lock(mutex);
      connections.erase(connection);
    });
  }
}

asio::awaitable<void> Server::State::session(std::shared_ptr<Connection> connection) {
  if (!connection->refusal.empty() && !tls) {
    co_await refuse(*connection);
    co_return;
  }
  if (!connection->refusal.empty()) {
    connection->stream.close();  // a TLS client would need a handshake first; not worth it
    co_return;
  }
  if (!tls) {
    co_await serve_requests(connection->stream, *connection);
    boost::system::error_code ignored;
    connection->stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    connection->stream.close();
    co_return;
  }
  // TLS: the handshake must finish within the request timeout, like any slow client.
  beast::ssl_stream<beast::tcp_stream&> secure(connection->stream, *tls);
  connection->stream.expires_after(options.header_timeout);
  auto [ec] = co_await secure.async_handshake(asio::ssl::stream_base::server, use_tuple);
  if (!ec) {
    co_await serve_requests(secure, *connection);
    connection->stream.expires_after(std::chrono::seconds(5));
    co_await secure.async_shutdown(use_tuple);
  }
  connection->stream.close();
}

template <class Stream>
asio::awaitable<void> Server::State::serve_requests(Stream& stream, Connection& connection) {
  auto& lowest = connection.stream;
  const bool local_peer = plain_address(connection.peer).is_loopback();
  beast::flat_buffer buffer;
  while (!stopping) {
    beast_http::request_parser<beast_http::string_body> parser;
    parser.header_limit(static_cast<std::uint32_t>(options.header_limit));
    parser.body_limit(options.body_limit);
    lowest.expires_after(options.header_timeout);
    // Once its headers have arrived a request is in flight: shutdown lets it finish.
    auto [ec, bytes] = co_await beast_http::async_read_header(stream, buffer, parser, use_tuple);
    if (!ec) {
      connection.busy = true;
      lowest.expires_after(options.request_timeout);
      if (!parser.is_done())
        std::tie(ec, bytes) = co_await beast_http::async_read(stream, buffer, parser, use_tuple);
    }
    if (ec) {
      // A body too large is found once its headers are read: they say the language to answer in.
      const std::string accept_language(parser.get()[beast_http::field::accept_language]);
      if (auto answer = answer_for_read_error(ec, options, accept_language)) {
        lowest.expires_after(std::chrono::seconds(5));
        co_await beast_http::async_write(stream, *answer, use_tuple);
      }
      break;
    }
    Request request;
    request.raw = parser.release();
    request.remote_address =
        client_address(connection.peer, request.header("X-Forwarded-For"), options.trusted_proxies);
    request.local_peer = local_peer;
    const bool keep_alive = request.raw.keep_alive();
    Response res = co_await pipeline.handle(request);
    if (res.result() == beast_http::status::switching_protocols && request.upgrade) {
      // The route admitted a WebSocket: the connection is its from now on. It counts as idle,
      // so stopping the server closes it.
      connection.busy = false;
      auto socket = std::make_shared<BeastWebSocket<Stream>>(stream, request.websocket);
      if (co_await socket->accept(request)) co_await socket->run(request.upgrade);
      break;
    }
    res.keep_alive(keep_alive && !stopping);
    lowest.expires_after(options.request_timeout);
    auto [write_ec, written] = co_await beast_http::async_write(stream, res, use_tuple);
    (void)written;
    connection.busy = false;
    if (write_ec || !res.keep_alive()) break;
  }
}

void Server::State::begin_shutdown() {
  if (stopping.exchange(true)) return;
  asio::post(acceptor.get_executor(), [this] {
    boost::system::error_code ignored;
    acceptor.close(ignored);
  });
  std::lock_guard lock(mutex);
  log::info("shutdown_started", {{"open_connections", connections.size()}});
  for (const auto& connection : connections) {
    // A connection waiting for its next request is closed now; a busy one finishes first.
    asio::post(connection->stream.get_executor(), [connection] {
      if (!connection->busy) connection->stream.cancel();
    });
  }
}

Server::Server(ServerOptions options, const Pipeline& pipeline)
    : state_(std::make_unique<State>(std::move(options), pipeline)) {}

Server::~Server() = default;

void Server::listen() {
  if (!state_->options.tls_certificate_file.empty()) {
    auto context = std::make_unique<asio::ssl::context>(asio::ssl::context::tls_server);
    context->set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
                         asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 |
                         asio::ssl::context::no_tlsv1_1);
    boost::system::error_code ec;
    context->use_certificate_chain_file(state_->options.tls_certificate_file, ec);
    if (ec)
      throw std::system_error(
          ec, "cannot read the TLS certificate '" + state_->options.tls_certificate_file + "'");
    context->use_private_key_file(state_->options.tls_key_file, asio::ssl::context::pem, ec);
    if (ec)
      throw std::system_error(ec, "cannot read the TLS key '" + state_->options.tls_key_file + "'");
    state_->tls = std::move(context);
  }
  auto& acceptor = state_->acceptor;
  boost::system::error_code ec;
  auto address = asio::ip::make_address(state_->options.address, ec);
  if (ec) throw std::system_error(ec, "cannot use address '" + state_->options.address + "'");
  tcp::endpoint endpoint{address, state_->options.port};
  acceptor.open(endpoint.protocol());
  acceptor.set_option(asio::socket_base::reuse_address(true));
  acceptor.bind(endpoint, ec);
  if (ec) {
    throw std::system_error(ec, "cannot listen on " + state_->options.address + ":" +
                                    std::to_string(state_->options.port));
  }
  acceptor.listen(asio::socket_base::max_listen_connections);
}

std::uint16_t Server::port() const { return state_->acceptor.local_endpoint().port(); }

void Server::stop() {
  asio::post(state_->io, [s = state_.get()] { s->begin_shutdown(); });
}

void Server::run() {
  auto& s = *state_;
  asio::signal_set signals(s.io, SIGTERM, SIGINT);
  signals.async_wait([&s](const boost::system::error_code& ec, int signal) {
    if (!ec) {
      log::info("signal_received", {{"signal", signal}});
      s.begin_shutdown();
    }
  });
  asio::co_spawn(s.io, s.accept_loop(), [&signals](std::exception_ptr) {
    // Once no more connections are accepted, the signal wait must not keep the loop alive.
    boost::system::error_code ignored;
    signals.cancel(ignored);
  });
  // After shutdown begins, in-flight requests get a grace period; then the loop is stopped.
  std::atomic<bool> finished{false};
  std::thread watchdog([&] {
    while (!finished && !s.stopping) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    auto deadline = std::chrono::steady_clock::now() + s.options.shutdown_grace;
    while (!finished && std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    if (!finished) {
      log::warn("shutdown_forced", {{"grace_seconds", s.options.shutdown_grace.count()}});
      s.io.stop();
    }
  });
  unsigned n = s.options.threads != 0 ? s.options.threads
                                      : std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::thread> threads;
  for (unsigned i = 1; i < n; ++i) threads.emplace_back([&s] { s.io.run(); });
  s.io.run();
  for (auto& t : threads) t.join();
  finished = true;
  watchdog.join();
  log::info("shutdown_complete");
}

}  // namespace motus::http
