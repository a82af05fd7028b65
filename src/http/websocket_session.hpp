#pragma once
// The server's side of an accepted WebSocket (see websocket.hpp), over a plain or TLS stream:
// the handshake on the request already read, a writer coroutine that drains the send queue, and
// receive() for the upgrade handler. All of it runs on the connection's strand; send() and
// close() hand work over through a thread-safe channel. Included by server.cpp only.
#include <atomic>
#include <boost/asio/experimental/as_tuple.hpp>
#include <boost/asio/experimental/channel.hpp>
#include <boost/asio/experimental/concurrent_channel.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>
#include <chrono>
#include <memory>

#include "http/log.hpp"
#include "http/message.hpp"

namespace motus::http {

template <class Stream>
class BeastWebSocket : public WebSocket,
                       public std::enable_shared_from_this<BeastWebSocket<Stream>> {
 public:
  struct Outgoing {
    std::string text;
    bool close = false;
    std::uint16_t code = 1000;
  };

  BeastWebSocket(Stream& stream, const WebSocketOptions& options)
      : ws_(stream),
        outbox_(ws_.get_executor(), options.queue_limit),
        writer_done_(ws_.get_executor(), 1) {
    ws_.read_message_max(options.message_limit);
  }

  // Completes the handshake for `request` (already read); false when that failed.
  boost::asio::awaitable<bool> accept(const Request& request) {
    namespace websocket = boost::beast::websocket;
    boost::beast::get_lowest_layer(ws_).expires_never();
    ws_.set_option(websocket::stream_base::timeout::suggested(boost::beast::role_type::server));
    ws_.set_option(websocket::stream_base::decorator(
        [id = request.request_id](websocket::response_type& res) { res.set("X-Request-Id", id); }));
    auto [ec] = co_await ws_.async_accept(request.raw, kTuple);
    co_return !ec;
  }

  // Runs the upgrade handler while the writer drains the queue; returns when both are done.
  boost::asio::awaitable<void> run(const UpgradeHandler& handler) {
    auto self = this->shared_from_this();
    boost::asio::co_spawn(ws_.get_executor(), write_loop(self), [self](std::exception_ptr) {
      self->writer_done_.try_send(boost::system::error_code{});
    });
    try {
      co_await handler(self);
    } catch (const std::exception& e) {
      log::error("websocket_handler_failed", {{"error", e.what()}});
    }
    closing_ = true;
    outbox_.close();
    // A writer stuck on a client that stopped reading gets a few seconds, then the socket goes.
    boost::beast::get_lowest_layer(ws_).expires_after(std::chrono::seconds(5));
    co_await writer_done_.async_receive(kTuple);
    finished_ = true;
  }

  boost::asio::awaitable<std::optional<std::string>> receive() override {
    namespace websocket = boost::beast::websocket;
    boost::beast::flat_buffer buffer;
    for (;;) {
      auto [ec, n] = co_await ws_.async_read(buffer, kTuple);
      (void)n;
      if (ec) {
        closing_ = true;  // closed, broken, or too big (Beast has then sent 1009)
        co_return std::nullopt;
      }
      if (ws_.got_text()) co_return boost::beast::buffers_to_string(buffer.data());
      // Binary: refused with 1003; reading goes on until the other end answers the close.
      close(static_cast<std::uint16_t>(websocket::close_code::bad_payload), "text messages only");
      buffer.consume(buffer.size());
    }
  }

  bool send(std::string text) override {
    if (closing_) return false;
    if (outbox_.try_send(boost::system::error_code{}, Outgoing{std::move(text)})) return true;
    close(static_cast<std::uint16_t>(boost::beast::websocket::close_code::policy_error),
          "too many messages waiting");
    return false;
  }

  void close(std::uint16_t code, std::string reason) override {
    if (closing_.exchange(true)) return;
    if (outbox_.try_send(boost::system::error_code{}, Outgoing{std::move(reason), true, code}))
      return;
    // The queue is full (or gone): no close frame fits, so the connection itself is cut.
    boost::asio::post(ws_.get_executor(), [self = this->shared_from_this()] {
      if (self->finished_) return;
      boost::system::error_code ignored;
      boost::beast::get_lowest_layer(self->ws_).socket().shutdown(
          boost::asio::ip::tcp::socket::shutdown_both, ignored);
    });
  }

 private:
  static constexpr auto kTuple = boost::asio::experimental::as_tuple(boost::asio::use_awaitable);

  static boost::asio::awaitable<void> write_loop(std::shared_ptr<BeastWebSocket> self) {
    namespace websocket = boost::beast::websocket;
    auto& ws = self->ws_;
    for (;;) {
      auto [ec, out] = co_await self->outbox_.async_receive(kTuple);
      if (ec) co_return;  // the handler has returned
      if (out.close) {
        websocket::close_reason why(out.code);
        why.reason = out.text.substr(0, 120);
        co_await ws.async_close(why, kTuple);
        continue;  // what else is queued is dropped once the handler returns
      }
      if (!ws.is_open()) continue;
      ws.text(true);
      auto [write_ec, n] = co_await ws.async_write(boost::asio::buffer(out.text), kTuple);
      (void)n;
      if (write_ec) self->closing_ = true;
    }
  }

  boost::beast::websocket::stream<Stream&> ws_;
  boost::asio::experimental::concurrent_channel<void(boost::system::error_code, Outgoing)> outbox_;
  boost::asio::experimental::channel<void(boost::system::error_code)> writer_done_;
  std::atomic<bool> closing_{false};
  bool finished_ = false;  // touched on the strand only
};

}  // namespace motus::http
