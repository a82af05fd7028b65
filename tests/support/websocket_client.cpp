#include "support/websocket_client.hpp"

#include <algorithm>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>
#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <thread>

namespace motus::test {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;

struct WebSocketClient::State {
  asio::io_context io;
  websocket::stream<beast::tcp_stream> ws{io};
  beast::flat_buffer buffer;
  std::thread thread;
  std::mutex mutex;
  std::condition_variable changed;
  std::deque<std::string> inbox;
  bool closed = false;
  int close_code = 0;
  std::map<std::string, std::string> handshake;

  void read_next() {
    ws.async_read(buffer, [this](beast::error_code ec, std::size_t) {
      std::lock_guard lock(mutex);
      if (ec) {
        closed = true;
        close_code = ws.reason().code != 0 ? ws.reason().code : 1006;
        changed.notify_all();
        return;
      }
      inbox.push_back(beast::buffers_to_string(buffer.data()));
      buffer.consume(buffer.size());
      changed.notify_all();
      read_next();
    });
  }
};

std::unique_ptr<WebSocketClient> WebSocketClient::open(
    std::uint16_t port, const std::string& target,
    const std::map<std::string, std::string>& headers, HttpResult* refusal) {
  auto state = std::make_unique<State>();
  beast::get_lowest_layer(state->ws).expires_after(std::chrono::seconds(10));
  beast::get_lowest_layer(state->ws).connect(
      asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
  state->ws.set_option(
      websocket::stream_base::decorator([headers](websocket::request_type& request) {
        for (const auto& [name, value] : headers) request.set(name, value);
      }));
  websocket::response_type response;
  beast::error_code ec;
  state->ws.handshake(response, "127.0.0.1:" + std::to_string(port), target, ec);
  if (ec) {
    if (refusal != nullptr) {
      refusal->status = response.result_int();
      refusal->body = response.body();
      for (const auto& field : response) {
        std::string name(field.name_string());
        std::transform(name.begin(), name.end(), name.begin(), ::tolower);
        refusal->headers[name] = std::string(field.value());
      }
    }
    return nullptr;
  }
  for (const auto& field : response) {
    std::string name(field.name_string());
    std::transform(name.begin(), name.end(), name.begin(), ::tolower);
    state->handshake[name] = std::string(field.value());
  }
  beast::get_lowest_layer(state->ws).expires_never();
  state->ws.read_message_max(1024 * 1024);
  auto* raw = state.get();
  raw->read_next();
  raw->thread = std::thread([raw] { raw->io.run(); });
  return std::unique_ptr<WebSocketClient>(new WebSocketClient(std::move(state)));
}

WebSocketClient::WebSocketClient(std::unique_ptr<State> state) : state_(std::move(state)) {}

WebSocketClient::~WebSocketClient() {
  asio::post(state_->io, [s = state_.get()] {
    beast::error_code ignored;
    beast::get_lowest_layer(s->ws).socket().close(ignored);
  });
  state_->thread.join();
}

bool WebSocketClient::send(const std::string& text) {
  std::promise<bool> written;
  asio::post(state_->io, [s = state_.get(), &written, &text] {
    s->ws.text(true);
    s->ws.async_write(asio::buffer(text),
                      [&written](beast::error_code ec, std::size_t) { written.set_value(!ec); });
  });
  auto result = written.get_future();
  if (result.wait_for(std::chrono::seconds(10)) != std::future_status::ready) return false;
  return result.get();
}

std::optional<std::string> WebSocketClient::receive(std::chrono::milliseconds wait) {
  std::unique_lock lock(state_->mutex);
  state_->changed.wait_for(lock, wait, [&] { return !state_->inbox.empty() || state_->closed; });
  if (state_->inbox.empty()) return std::nullopt;
  auto message = std::move(state_->inbox.front());
  state_->inbox.pop_front();
  return message;
}

int WebSocketClient::closed_with(std::chrono::milliseconds wait) {
  std::unique_lock lock(state_->mutex);
  state_->changed.wait_for(lock, wait, [&] { return state_->closed; });
  return state_->closed ? state_->close_code : 0;
}

const std::map<std::string, std::string>& WebSocketClient::handshake_headers() const {
  return state_->handshake;
}

}  // namespace motus::test
