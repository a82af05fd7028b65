#pragma once
// Who the client is, for limits and logs. Behind a reverse proxy every connection comes from
// the proxy, so the proxy's X-Forwarded-For names the client; but any client can send that
// header, so it is believed only from peers listed as trusted proxies, and only up to the
// first address no trusted proxy added (the right-most untrusted one). Limits key IPv6 clients
// by their /64 network: one household or host gets a whole /64 and could otherwise rotate.
#include <boost/asio/ip/address.hpp>
#include <boost/asio/ip/network_v4.hpp>
#include <boost/asio/ip/network_v6.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace motus::http {

class TrustedProxies {
 public:
  TrustedProxies() = default;
  // Each entry an address ("127.0.0.1", "::1") or a CIDR block ("10.0.0.0/8"); throws
  // std::invalid_argument naming the first entry that is neither.
  explicit TrustedProxies(const std::vector<std::string>& entries);
  bool contains(const boost::asio::ip::address& address) const;
  bool empty() const { return v4_.empty() && v6_.empty(); }

 private:
  std::vector<boost::asio::ip::network_v4> v4_;
  std::vector<boost::asio::ip::network_v6> v6_;
};

// The peer's address as text, an IPv4-mapped IPv6 address written as IPv4.
boost::asio::ip::address plain_address(const boost::asio::ip::address& address);

// The client's address: the peer, or, when the peer is a trusted proxy, the right-most
// address in `forwarded_for` (X-Forwarded-For, comma-separated) that is not a trusted proxy.
// An entry that is not an address stops the walk at the last trusted hop.
std::string client_address(const boost::asio::ip::address& peer, std::string_view forwarded_for,
                           const TrustedProxies& trusted);

// The key every per-address limit counts under: an IPv4 address as is, an IPv6 address as its
// /64 network ("2001:db8:1:2::/64"); text that is not an address as is.
std::string address_limit_key(std::string_view address);

}  // namespace motus::http
