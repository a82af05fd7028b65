// Who the client is behind trusted proxies, and the key per-address limits count under.
#include "http/client_address.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace motus::http {
namespace {

namespace ip = boost::asio::ip;

TEST(ClientAddress, AnUntrustedPeerIsTheClientWhateverItWrites) {
  const TrustedProxies none;
  EXPECT_EQ(client_address(ip::make_address("198.51.100.9"), "203.0.113.5", none), "198.51.100.9");
}

TEST(ClientAddress, ATrustedPeerNamesTheRightMostUntrustedHop) {
  const TrustedProxies trusted({"127.0.0.1", "10.0.0.0/8"});
  const auto nginx = ip::make_address("127.0.0.1");
  EXPECT_EQ(client_address(nginx, "203.0.113.5", trusted), "203.0.113.5");
  EXPECT_EQ(client_address(nginx, "198.51.100.1, 203.0.113.5", trusted), "203.0.113.5");
  EXPECT_EQ(client_address(nginx, "203.0.113.5, 10.1.2.3", trusted), "203.0.113.5");
  EXPECT_EQ(client_address(nginx, "", trusted), "127.0.0.1");
  EXPECT_EQ(client_address(nginx, "10.1.2.3", trusted), "10.1.2.3") << "all trusted: the left-most";
  EXPECT_EQ(client_address(nginx, "203.0.113.5, junk", trusted), "127.0.0.1")
      << "garbage stops the walk";
  EXPECT_EQ(client_address(ip::make_address("::ffff:127.0.0.1"), "2001:db8::7", trusted),
            "2001:db8::7");
}

TEST(ClientAddress, BadEntriesAreRefused) {
  EXPECT_THROW(TrustedProxies({"nginx.local"}), std::invalid_argument);
  EXPECT_THROW(TrustedProxies({"10.0.0.0/40"}), std::invalid_argument);
  EXPECT_NO_THROW(TrustedProxies({"::1", "fd00::/8"}));
}

TEST(AddressLimitKey, IPv6IsKeyedByItsSlash64) {
  EXPECT_EQ(address_limit_key("203.0.113.5"), "203.0.113.5");
  EXPECT_EQ(address_limit_key("2001:db8:1:2:aaaa::1"), "2001:db8:1:2::/64");
  EXPECT_EQ(address_limit_key("2001:db8:1:2:ffff:ffff:ffff:ffff"), "2001:db8:1:2::/64");
  EXPECT_EQ(address_limit_key("::ffff:192.0.2.1"), "192.0.2.1");
}

}  // namespace
}  // namespace motus::http
