// The HTTP server's limits and error answers, against the real binary.
#include <gtest/gtest.h>

#include "support/server_process.hpp"
#include "support/test_database.hpp"

namespace motus::test {
namespace {

class ServerLimits : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server = start_shared_server(ServerOptions{{}, {{"MOTUS_HEADER_TIMEOUT_SECONDS", "2"}}, {}},
                                 why_not_started);
  }
  void SetUp() override { ASSERT_NE(server, nullptr) << why_not_started; }
  static void TearDownTestSuite() {
    delete server;
    server = nullptr;
  }
  static ServerProcess* server;
  static std::string why_not_started;
};
ServerProcess* ServerLimits::server = nullptr;
std::string ServerLimits::why_not_started;

TEST_F(ServerLimits, HealthzAnswersWithSecurityHeadersAndRequestId) {
  auto res = server->client().get("/healthz");
  EXPECT_EQ(res.status, 200);
  EXPECT_EQ(res.json()["status"], "ok");
  EXPECT_EQ(res.header("x-content-type-options"), "nosniff");
  EXPECT_EQ(res.header("x-frame-options"), "DENY");
  EXPECT_NE(res.header("content-security-policy").find("frame-ancestors 'none'"),
            std::string::npos);
  EXPECT_EQ(res.header("cache-control"), "no-store");
  EXPECT_EQ(res.header("x-request-id").size(), 24u);
}

TEST_F(ServerLimits, RequestIdsAreTheServersOwnWhateverTheClientSends) {
  auto plain = server->client().request("GET", "/healthz", "", {{"X-Request-Id", "abc-123_X"}});
  EXPECT_NE(plain.header("x-request-id"), "abc-123_X");
  EXPECT_EQ(plain.header("x-request-id").size(), 24u);
  auto bad =
      server->client().request("GET", "/healthz", "", {{"X-Request-Id", "has space<script>"}});
  EXPECT_NE(bad.header("x-request-id"), "has space<script>");
  EXPECT_EQ(bad.header("x-request-id").size(), 24u);
}

TEST_F(ServerLimits, ReadyzReportsTheStore) {
  auto res = server->client().get("/readyz");
  EXPECT_EQ(res.status, 200);
  EXPECT_EQ(res.json()["store"], dialect_name(backend_under_test()));
}

TEST_F(ServerLimits, UnknownApiPathIsA404Problem) {
  auto res = server->client().get("/api/v1/no-such-thing");
  EXPECT_EQ(res.status, 404);
  EXPECT_EQ(res.header("content-type"), "application/problem+json");
  auto body = res.json();
  EXPECT_EQ(body["status"], 404);
  EXPECT_EQ(body["title"], "Not found");
  EXPECT_EQ(body["error_id"], res.header("x-request-id"));
}

TEST_F(ServerLimits, WrongMethodIsA405WithAllow) {
  auto res = server->client().request("DELETE", "/healthz");
  EXPECT_EQ(res.status, 405);
  EXPECT_EQ(res.header("allow"), "GET");
  EXPECT_EQ(res.header("content-type"), "application/problem+json");
}

TEST_F(ServerLimits, HeadersOverSixteenKibAre431) {
  auto res =
      server->client().request("GET", "/healthz", "", {{"X-Padding", std::string(17 * 1024, 'a')}});
  EXPECT_EQ(res.status, 431);
  EXPECT_EQ(res.header("content-type"), "application/problem+json");
  EXPECT_EQ(server->client().get("/healthz").status, 200) << "the server keeps serving";
}

TEST_F(ServerLimits, HeadersJustUnderTheLimitAreServed) {
  auto res =
      server->client().request("GET", "/healthz", "", {{"X-Padding", std::string(15 * 1024, 'a')}});
  EXPECT_EQ(res.status, 200);
}

TEST_F(ServerLimits, BodyOverTheCapIs413BeforeItIsRead) {
  // Only the headers are sent: the server must answer from Content-Length alone.
  RawConnection connection(server->port());
  connection.send(
      "POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " +
      std::to_string(2 * 1024 * 1024) + "\r\n\r\n");
  auto received = connection.receive(std::chrono::seconds(3));
  EXPECT_EQ(received.bytes.rfind("HTTP/1.1 413", 0), 0u) << received.bytes;
  EXPECT_NE(received.bytes.find("application/problem+json"), std::string::npos);
}

TEST_F(ServerLimits, ABodyOverTheCapIsRefusedInTheLanguageItsHeadersAskFor) {
  RawConnection connection(server->port());
  connection.send(
      "POST /healthz HTTP/1.1\r\nHost: x\r\nAccept-Language: es-MX\r\nContent-Type: "
      "application/json\r\nContent-Length: " +
      std::to_string(2 * 1024 * 1024) + "\r\n\r\n");
  auto received = connection.receive(std::chrono::seconds(3));
  EXPECT_EQ(received.bytes.rfind("HTTP/1.1 413", 0), 0u) << received.bytes;
  EXPECT_NE(received.bytes.find("Lo que enviaste ocupa más de"), std::string::npos)
      << received.bytes;
  EXPECT_NE(received.bytes.find("Content-Language: es"), std::string::npos) << received.bytes;
}

TEST_F(ServerLimits, MalformedRequestsAre400AndTheServerSurvives) {
  for (const std::string& bytes :
       std::vector<std::string>{"THIS IS NOT HTTP\r\n\r\n", "GET /healthz HTTX/1.1\r\n\r\n",
                                "GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
                                std::string("GET /he\0lthz HTTP/1.1\r\n\r\n", 25)}) {
    auto reply = server->client().raw(bytes, std::chrono::seconds(3));
    EXPECT_EQ(reply.rfind("HTTP/1.1 400", 0), 0u) << "for " << bytes << " got " << reply;
  }
  EXPECT_EQ(server->client().get("/healthz").status, 200);
}

TEST_F(ServerLimits, BadPercentEncodingIs400) {
  auto res = server->client().get("/api/v1/%zz");
  EXPECT_EQ(res.status, 400);
}

TEST_F(ServerLimits, SlowClientIsDisconnected) {
  RawConnection connection(server->port());
  connection.send("GET /healthz HTTP/1.1\r\nHost: x\r\n");  // never finishes its headers
  const auto start = std::chrono::steady_clock::now();
  auto received = connection.receive(std::chrono::seconds(6));
  const auto waited = std::chrono::steady_clock::now() - start;
  EXPECT_TRUE(received.closed);
  EXPECT_LT(waited, std::chrono::seconds(5));
  EXPECT_GE(waited, std::chrono::milliseconds(1500));
}

TEST_F(ServerLimits, KeepAliveServesSeveralRequestsOnOneConnection) {
  RawConnection connection(server->port());
  connection.send(
      "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /readyz HTTP/1.1\r\nHost: x\r\nConnection: "
      "close\r\n\r\n");
  auto received = connection.receive(std::chrono::seconds(3));
  EXPECT_TRUE(received.closed);
  EXPECT_NE(received.bytes.find("\"ok\""), std::string::npos);
  EXPECT_NE(received.bytes.find("\"ready\""), std::string::npos);
}

}  // namespace
}  // namespace motus::test
