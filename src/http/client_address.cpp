#include "http/client_address.hpp"

#include <stdexcept>

namespace motus::http {

namespace ip = boost::asio::ip;

TrustedProxies::TrustedProxies(const std::vector<std::string>& entries) {
  for (const auto& entry : entries) {
    boost::system::error_code ec;
    if (entry.find('/') == std::string::npos) {
      const auto address = plain_address(ip::make_address(entry, ec));
      if (!ec && address.is_v4()) v4_.emplace_back(address.to_v4(), 32);
      if (!ec && address.is_v6()) v6_.emplace_back(address.to_v6(), 128);
    } else if (entry.find(':') == std::string::npos) {
      v4_.push_back(ip::make_network_v4(entry, ec));
    } else {
      v6_.push_back(ip::make_network_v6(entry, ec));
    }
    if (ec)
      throw std::invalid_argument("trusted_proxies: '" + entry +
                                  "' is not an address or a CIDR block");
  }
}

bool TrustedProxies::contains(const ip::address& address) const {
  const auto plain = plain_address(address);
  if (plain.is_v4()) {
    for (const auto& network : v4_) {
      if (ip::network_v4(plain.to_v4(), network.prefix_length()).canonical() == network.canonical())
        return true;
    }
    return false;
  }
  for (const auto& network : v6_) {
    if (ip::network_v6(plain.to_v6(), network.prefix_length()).canonical() == network.canonical())
      return true;
  }
  return false;
}

ip::address plain_address(const ip::address& address) {
  if (address.is_v6() && address.to_v6().is_v4_mapped()) {
    return ip::make_address_v4(ip::v4_mapped, address.to_v6());
  }
  return address;
}

std::string client_address(const ip::address& peer, std::string_view forwarded_for,
                           const TrustedProxies& trusted) {
  auto client = plain_address(peer);
  if (!trusted.contains(client)) return client.to_string();
  // Walk X-Forwarded-For from the right: each hop a trusted proxy added names the one before.
  while (!forwarded_for.empty()) {
    const auto comma = forwarded_for.rfind(',');
    auto hop = comma == std::string_view::npos ? forwarded_for : forwarded_for.substr(comma + 1);
    forwarded_for =
        comma == std::string_view::npos ? std::string_view() : forwarded_for.substr(0, comma);
    while (!hop.empty() && (hop.front() == ' ' || hop.front() == '\t')) hop.remove_prefix(1);
    while (!hop.empty() && (hop.back() == ' ' || hop.back() == '\t')) hop.remove_suffix(1);
    boost::system::error_code ec;
    const auto address = ip::make_address(std::string(hop), ec);
    if (ec) break;
    client = plain_address(address);
    if (!trusted.contains(client)) break;
  }
  return client.to_string();
}

std::string address_limit_key(std::string_view text) {
  boost::system::error_code ec;
  const auto address = plain_address(ip::make_address(std::string(text), ec));
  if (ec) return std::string(text);
  if (address.is_v4()) return address.to_string();
  return ip::make_network_v6(address.to_v6(), 64).canonical().to_string();
}

}  // namespace motus::http
