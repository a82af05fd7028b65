#include "http/websocket.hpp"

#include <boost/beast/websocket/rfc6455.hpp>

#include "http/message.hpp"

namespace motus::http {

bool is_websocket_upgrade(const Request& request) {
  return boost::beast::websocket::is_upgrade(request.raw);
}

}  // namespace motus::http
