// HTTPS served directly (a certificate and key in the config), so a clinic on its LAN can use
// Motus without a proxy: the Secure session cookie then works beyond localhost.
#include <gtest/gtest.h>

#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <cstdlib>

#include "support/server_process.hpp"
#include "support/test_database.hpp"

namespace motus::test {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;

struct Certificate {
  TempDir dir;
  std::string cert = (dir.path() / "cert.pem").string();
  std::string key = (dir.path() / "key.pem").string();
  Certificate() {
    const std::string command =
        "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost -keyout " + key +
        " -out " + cert + " >/dev/null 2>&1";
    if (std::system(command.c_str()) != 0)
      throw std::runtime_error("openssl could not make a test certificate");
  }
};

bhttp::response<bhttp::string_body> https_get(std::uint16_t port, const std::string& target) {
  asio::io_context io;
  asio::ssl::context context(asio::ssl::context::tls_client);
  context.set_verify_mode(asio::ssl::verify_none);  // self-signed test certificate
  beast::ssl_stream<beast::tcp_stream> stream(io, context);
  beast::get_lowest_layer(stream).expires_after(std::chrono::seconds(10));
  beast::get_lowest_layer(stream).connect(
      asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
  stream.handshake(asio::ssl::stream_base::client);
  bhttp::request<bhttp::string_body> req{bhttp::verb::get, target, 11};
  req.set(bhttp::field::host, "localhost");
  bhttp::write(stream, req);
  beast::flat_buffer buffer;
  bhttp::response<bhttp::string_body> res;
  bhttp::read(stream, buffer, res);
  return res;
}

TEST(Tls, ServesHttpsWithStrictTransportSecurity) {
  Certificate certificate;
  ServerProcess server(ServerOptions{
      {"--tls-certificate-file", certificate.cert, "--tls-key-file", certificate.key}, {}, {}});
  auto res = https_get(server.port(), "/healthz");
  EXPECT_EQ(res.result_int(), 200);
  EXPECT_EQ(res[bhttp::field::strict_transport_security], "max-age=31536000");
  EXPECT_NE(server.log().find("\"url\":\"https://"), std::string::npos);
}

TEST(Tls, PlainHttpOnTheTlsPortIsClosedAndTheServerSurvives) {
  Certificate certificate;
  ServerProcess server(ServerOptions{
      {"--tls-certificate-file", certificate.cert, "--tls-key-file", certificate.key}, {}, {}});
  RawConnection plain(server.port());
  plain.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
  auto received = plain.receive(std::chrono::seconds(3));
  EXPECT_TRUE(received.closed);
  EXPECT_EQ(received.bytes.find("200 OK"), std::string::npos);
  EXPECT_EQ(https_get(server.port(), "/readyz").result_int(), 200);
}

TEST(Tls, MissingKeyOrUnreadableCertificateExitsTwo) {
  Certificate certificate;
  auto only_cert = run_motus({"serve", "--port", "0", "--tls-certificate-file", certificate.cert});
  EXPECT_EQ(only_cert.exit_code, 2);
  EXPECT_NE(only_cert.err.find("tls_key_file"), std::string::npos) << only_cert.err;
  TestDatabase database;
  auto missing =
      run_motus({"serve", "--port", "0", "--content-dir",
                 std::string(MOTUS_SOURCE_DIR) + "/content", "--db", database.url(),
                 "--tls-certificate-file", "/nonexistent.pem", "--tls-key-file", certificate.key});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("TLS certificate"), std::string::npos) << missing.err;
}

}  // namespace
}  // namespace motus::test
