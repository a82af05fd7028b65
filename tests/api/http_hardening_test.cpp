// Issue 15, the HTTP layer: what an attacker could send a running server, each answered
// clearly and each proven against the real binary (docs/security.md lists them).
#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <thread>
#include <vector>

#include "account_fixture.hpp"
#include "support/server_process.hpp"
#include "support/sql_console.hpp"

namespace motus::test {
namespace {

using namespace std::chrono_literals;

// The resident memory of a process, in KiB, from /proc.
long resident_kib(pid_t pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  }
  return -1;
}

std::string deeply_nested(std::size_t levels) {
  return std::string(levels, '[') + std::string(levels, ']');
}

// --- JSON nesting ------------------------------------------------------------------------

class NestedJson : public SignedUpMember {};

TEST_F(NestedJson, TwoHundredThousandLevelsAre400AndTheServerLives) {
  for (const std::string target :
       {"/api/v1/me/intake", "/api/v1/me/checkins", "/api/v1/me/sessions"}) {
    const auto res = with_cookie(client, "POST", target, token, deeply_nested(200000));
    EXPECT_EQ(res.status, 400) << target;
    EXPECT_NE(res.body.find("more than 64 levels deep"), std::string::npos) << res.body;
  }
  const nlohmann::json check = {{"first_name", "Ada"}, {"last_name", "Morrow"}};
  const auto anonymous = client.request("POST", "/api/v1/eligibility/check",
                                        R"({"first_name": )" + deeply_nested(100000) + "}",
                                        {{"Content-Type", "application/json"}});
  EXPECT_EQ(anonymous.status, 400);
  EXPECT_EQ(client.get("/healthz").status, 200) << "the server is still up";
}

TEST_F(NestedJson, SixtyFourLevelsReachTheHandler) {
  const auto res = with_cookie(client, "POST", "/api/v1/me/checkins", token,
                               R"({"note": )" + deeply_nested(63) + "}");
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(res.body.find("levels deep"), std::string::npos)
      << "the handler's own answer: " << res.body;
}

// --- Client address behind a proxy ---------------------------------------------------------

class BehindProxy : public ::testing::Test {
 protected:
  void start(std::map<std::string, std::string> env) {
    server = std::make_unique<ServerProcess>(ServerOptions{{}, std::move(env), {}});
    console = std::make_unique<SqlConsole>(server->db_url());
    seed_riverside(*console);
  }
  int check_from(const std::string& forwarded_for) const {
    const nlohmann::json check = {{"first_name", "Ada"},
                                  {"last_name", "Morrow"},
                                  {"date_of_birth", "1980-02-14"},
                                  {"enrollment_code", "RIVER"}};
    return server->client()
        .request("POST", "/api/v1/eligibility/check", check.dump(),
                 {{"Content-Type", "application/json"}, {"X-Forwarded-For", forwarded_for}})
        .status;
  }
  // Uses up the 30 eligibility checks one client address has in 15 minutes.
  void exhaust(const std::string& forwarded_for) const {
    for (int i = 0; i < 30; ++i)
      ASSERT_EQ(check_from(forwarded_for), 200) << forwarded_for << " check " << i + 1;
    ASSERT_EQ(check_from(forwarded_for), 429);
  }
  std::unique_ptr<ServerProcess> server;
  std::unique_ptr<SqlConsole> console;
};

TEST_F(BehindProxy, ATrustedProxysClientsHaveALimitEach) {
  start({{"MOTUS_TRUSTED_PROXIES", "127.0.0.1"}});
  exhaust("203.0.113.5");
  EXPECT_EQ(check_from("203.0.113.6"), 200)
      << "another client behind the same proxy is not locked out";
  // The right-most address the proxy did not add is the client; what the client wrote
  // before it is not believed.
  EXPECT_EQ(check_from("198.51.100.1, 203.0.113.5"), 429);
  EXPECT_EQ(check_from("203.0.113.5, 127.0.0.1"), 429) << "a chain of trusted proxies is walked";
}

TEST_F(BehindProxy, IPv6ClientsAreCountedByTheirSlash64) {
  start({{"MOTUS_TRUSTED_PROXIES", "127.0.0.1"}});
  exhaust("2001:db8:1:2::1");
  EXPECT_EQ(check_from("2001:db8:1:2:ffff:ffff:ffff:ffff"), 429) << "same /64";
  EXPECT_EQ(check_from("2001:db8:1:3::1"), 200) << "another /64";
}

TEST(DeployExample, TheExampleConfigTrustsTheLocalNginx) {
  // deploy/motus.toml as shipped; the flags ServerProcess adds (port, db, content) win over it.
  ServerProcess server(
      ServerOptions{{"--config", std::string(MOTUS_SOURCE_DIR) + "/deploy/motus.toml"}, {}, {}});
  std::istringstream lines(server.log());
  for (std::string line; std::getline(lines, line);) {
    const auto entry = nlohmann::json::parse(line, nullptr, false);
    if (!entry.is_discarded() && entry.value("msg", "") == "config") {
      EXPECT_EQ(entry["trusted_proxies"], nlohmann::json::array({"127.0.0.1"}));
      return;
    }
  }
  FAIL() << "no config line in the log: " << server.log();
}

TEST(DeployExample, ABadTrustedProxyStopsTheServerWithExitTwo) {
  TempDir dir;
  const auto file = (dir.path() / "motus.toml").string();
  std::ofstream(file) << "trusted_proxies = [\"127.0.0.1\", \"nginx.local\"]\n";
  const auto run = run_motus({"serve", "--config", file, "--port", "0", "--db",
                              "sqlite:" + (dir.path() / "m.db").string()});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("'nginx.local' is not an address"), std::string::npos) << run.err;
}

TEST_F(BehindProxy, WithoutTrustedProxiesTheHeaderIsIgnored) {
  start({});
  exhaust("203.0.113.5");
  EXPECT_EQ(check_from("203.0.113.6"), 429)
      << "a client cannot pick a fresh address by writing one";
}

// --- Static files, methods, metrics --------------------------------------------------------

TEST(StaticFileCache, DotSegmentsDoNotGrowTheCache) {
  TempDir web;
  std::ofstream(web.path() / "index.html") << "<!doctype html><title>Motus</title>";
  std::ofstream(web.path() / "big.js") << std::string(1024 * 1024, 'x');
  ServerProcess server(ServerOptions{{"--web-root", web.path().string()}, {}, {}});
  auto client = server.client();
  ASSERT_EQ(client.get("/big.js").status, 200);
  const long before = resident_kib(server.pid());
  for (int i = 1; i <= 300; ++i) {
    std::string target = "/";
    for (int j = 0; j < i; ++j) target += "./";
    ASSERT_EQ(client.get(target + "big.js").status, 200);
  }
  const long grown = resident_kib(server.pid()) - before;
  EXPECT_LT(grown, 64 * 1024) << "300 spellings of one 1 MiB file grew the server by " << grown
                              << " KiB";
}

class Methods : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server = start_shared_server({}, why_not_started); }
  void SetUp() override { ASSERT_NE(server, nullptr) << why_not_started; }
  static void TearDownTestSuite() {
    delete server;
    server = nullptr;
  }
  static ServerProcess* server;
  static std::string why_not_started;
};
ServerProcess* Methods::server = nullptr;
std::string Methods::why_not_started;

TEST_F(Methods, AnInventedMethodIs501AndLeavesNoMetricSeries) {
  for (const std::string method : {"BREW", "FOO1", "FOO2"}) {
    const auto reply = server->client().raw(
        method + " /api/v1/me HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    EXPECT_EQ(reply.rfind("HTTP/1.1 501", 0), 0u) << method << ": " << reply;
    EXPECT_NE(reply.find("application/problem+json"), std::string::npos);
  }
  EXPECT_EQ(server->client().request("DELETE", "/healthz").status, 405)
      << "a known method is still routed";
  const auto metrics = server->client().get("/metrics").body;
  EXPECT_EQ(metrics.find("FOO1"), std::string::npos);
  EXPECT_EQ(metrics.find("BREW"), std::string::npos);
  EXPECT_NE(metrics.find("method=\"other\",route=\"not_implemented\",status=\"501\"} 3"),
            std::string::npos)
      << metrics;
}

TEST_F(Methods, UnknownPathsShareOneRouteLabel) {
  for (int i = 0; i < 3; ++i) server->client().get("/api/v1/nothing-here-" + std::to_string(i));
  const auto metrics = server->client().get("/metrics").body;
  EXPECT_EQ(metrics.find("nothing-here"), std::string::npos);
  EXPECT_NE(metrics.find("route=\"unmatched\",status=\"404\""), std::string::npos) << metrics;
}

TEST_F(Methods, MetricsWithoutATokenAnswerOnlyLocalUnrelayedRequests) {
  EXPECT_EQ(server->client().get("/metrics").status, 200);
  const auto relayed =
      server->client().request("GET", "/metrics", "", {{"X-Forwarded-For", "203.0.113.5"}});
  EXPECT_EQ(relayed.status, 403) << "a request through a proxy is not local";
}

TEST(MetricsToken, MetricsNeedTheBearerToken) {
  ServerProcess server(ServerOptions{{}, {{"MOTUS_METRICS_TOKEN", "scrape-me-7f3a"}}, {}});
  auto client = server.client();
  EXPECT_EQ(client.get("/metrics").status, 401);
  EXPECT_EQ(
      client.request("GET", "/metrics", "", {{"Authorization", "Bearer wrong-token-7f3a"}}).status,
      401);
  const auto res =
      client.request("GET", "/metrics", "", {{"Authorization", "Bearer scrape-me-7f3a"}});
  EXPECT_EQ(res.status, 200);
  EXPECT_NE(res.body.find("motus_http_requests_total"), std::string::npos);
  EXPECT_EQ(server.log().find("scrape-me-7f3a"), std::string::npos) << "the token is not logged";
}

// --- Connections ---------------------------------------------------------------------------

// Opens a connection, waits until the server has taken it, and leaves it idle.
std::unique_ptr<RawConnection> idle_connection(std::uint16_t port) {
  auto connection = std::make_unique<RawConnection>(port);
  std::this_thread::sleep_for(50ms);
  return connection;
}

std::string first_answer(std::uint16_t port) {
  RawConnection connection(port);
  connection.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
  return connection.receive(2s).bytes;
}

TEST(ConnectionCaps, OneAddressGetsItsShareAndNoMore) {
  ServerProcess server(ServerOptions{{}, {{"MOTUS_MAX_CONNECTIONS_PER_ADDRESS", "4"}}, {}});
  std::vector<std::unique_ptr<RawConnection>> held;
  for (int i = 0; i < 4; ++i) held.push_back(idle_connection(server.port()));
  const auto refused = first_answer(server.port());
  EXPECT_EQ(refused.rfind("HTTP/1.1 503", 0), 0u) << refused;
  EXPECT_NE(refused.find("Too many connections"), std::string::npos);
  held.pop_back();
  std::this_thread::sleep_for(200ms);
  EXPECT_EQ(first_answer(server.port()).rfind("HTTP/1.1 200", 0), 0u)
      << "a closed connection frees its place";
}

TEST(ConnectionCaps, TheServerHasATotalCapAndTrustedProxiesShareOnlyThat) {
  ServerProcess server(ServerOptions{{},
                                     {{"MOTUS_MAX_CONNECTIONS", "3"},
                                      {"MOTUS_MAX_CONNECTIONS_PER_ADDRESS", "1"},
                                      {"MOTUS_TRUSTED_PROXIES", "127.0.0.1"}},
                                     {}});
  std::vector<std::unique_ptr<RawConnection>> held;
  for (int i = 0; i < 3; ++i) held.push_back(idle_connection(server.port()));
  const auto refused = first_answer(server.port());
  EXPECT_EQ(refused.rfind("HTTP/1.1 503", 0), 0u) << refused;
  EXPECT_NE(refused.find("3 connections open"), std::string::npos) << refused;
}

TEST(ConnectionCaps, HeadersMustArriveWithinTenSeconds) {
  ServerProcess server;
  RawConnection connection(server.port());
  connection.send("GET /healthz HTTP/1.1\r\nHost: x\r\n");  // never finishes its headers
  const auto start = std::chrono::steady_clock::now();
  const auto received = connection.receive(14s);
  const auto waited = std::chrono::steady_clock::now() - start;
  EXPECT_TRUE(received.closed);
  EXPECT_GE(waited, 9s);
  EXPECT_LT(waited, 12s);
}

// --- Login CSRF and writes without an origin -----------------------------------------------

TEST(OwnOrigin, LoginAndSignUpNeedOurOrigin) {
  AccountServer server;
  auto client = server.client();
  const std::map<std::string, std::string> no_origin = {{"Content-Type", "application/json"},
                                                        {"Origin", ""}};
  auto signup = client.request("POST", "/api/v1/auth/signup", ada_signup().dump(), no_origin);
  EXPECT_EQ(signup.status, 403);
  EXPECT_EQ(signup.json()["title"], "Cross-site request refused");
  EXPECT_NE(signup.json()["detail"].get<std::string>().find("Origin"), std::string::npos);
  EXPECT_EQ(client.post_json("/api/v1/auth/signup", ada_signup()).status, 201) << "with our Origin";

  const auto credentials =
      nlohmann::json{{"email", "ada.morrow@example.com"}, {"password", kGoodPassword}}.dump();
  EXPECT_EQ(client.request("POST", "/api/v1/auth/login", credentials, no_origin).status, 403);
  EXPECT_EQ(client.request("POST", "//api/v1//auth/login", credentials, no_origin).status, 403)
      << "the router's spelling of the same route";
  auto elsewhere = no_origin;
  elsewhere["Origin"] = "https://evil.example";
  EXPECT_EQ(client.request("POST", "/api/v1/auth/login", credentials, elsewhere).status, 403);
  auto fetch_metadata = no_origin;
  fetch_metadata["Sec-Fetch-Site"] = "same-origin";
  EXPECT_EQ(client.request("POST", "/api/v1/auth/login", credentials, fetch_metadata).status, 200);
}

TEST(OwnOrigin, ACookieWriteShowingNoOriginIsRefused) {
  AccountServer server;
  auto client = server.client();
  const auto signup = client.post_json("/api/v1/auth/signup", ada_signup());
  ASSERT_EQ(signup.status, 201);
  const auto token = cookie_token(signup);
  const auto refused = with_cookie(client, "POST", "/api/v1/me/intake", token,
                                   self_care_intake().dump(), {{"Origin", ""}});
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(server.scalar("SELECT count(*) FROM member_intakes"), "0") << "nothing written";
  EXPECT_EQ(with_cookie(client, "GET", "/api/v1/me", token, {}, {{"Origin", ""}}).status, 200)
      << "reads need no origin";
  EXPECT_EQ(
      with_cookie(client, "POST", "/api/v1/me/intake", token, self_care_intake().dump()).status,
      201);
}

// --- Request ids ---------------------------------------------------------------------------

TEST(RequestIds, TheServerMakesItsOwnAndKeepsTheClientsApart) {
  AccountServer server;
  auto client = server.client();
  const auto signup =
      client.request("POST", "/api/v1/auth/signup", ada_signup().dump(),
                     {{"Content-Type", "application/json"}, {"X-Request-Id", "forged-id-0001"}});
  ASSERT_EQ(signup.status, 201);
  const auto id = signup.header("x-request-id");
  EXPECT_EQ(id.size(), 24u);
  EXPECT_NE(id, "forged-id-0001");
  EXPECT_EQ(server.scalar("SELECT count(*) FROM audit_log WHERE request_id = 'forged-id-0001'"),
            "0");
  EXPECT_EQ(server.scalar("SELECT count(*) FROM audit_log WHERE request_id = $1", {id}), "1");
  // The client's id is logged beside ours, so the two can be matched, but only a short plain one.
  std::this_thread::sleep_for(1500ms);  // the access log is flushed once a second
  EXPECT_NE(server.server().log().find("\"client_request_id\":\"forged-id-0001\""),
            std::string::npos);
  client.request("GET", "/healthz", "", {{"X-Request-Id", std::string(200, 'a')}});
  std::this_thread::sleep_for(1500ms);
  EXPECT_EQ(server.server().log().find(std::string(65, 'a')), std::string::npos);
}

TEST(RequestIds, TheAuditRowKeepsTheClientsShortIdInAFieldOfItsOwn) {
  AccountServer server;
  auto client = server.client();
  const auto signup =
      client.request("POST", "/api/v1/auth/signup", ada_signup().dump(),
                     {{"Content-Type", "application/json"}, {"X-Request-Id", "app-7f3a_22"}});
  ASSERT_EQ(signup.status, 201);
  EXPECT_EQ(server.scalar("SELECT client_request_id FROM audit_log WHERE request_id = $1",
                          {signup.header("x-request-id")}),
            "app-7f3a_22");
  // Too long, or with other characters: not kept at all, not cut to size.
  const auto token = cookie_token(signup);
  for (const auto& id :
       {std::string(65, 'b'), std::string("id with spaces"), std::string("<script>")}) {
    const auto read = with_cookie(client, "GET", "/api/v1/me", token, {}, {{"X-Request-Id", id}});
    ASSERT_EQ(read.status, 200);
    EXPECT_EQ(server.scalar("SELECT count(*) FROM audit_log WHERE request_id = $1 AND "
                            "client_request_id IS NULL",
                            {read.header("x-request-id")}),
              "1")
        << id;
  }
  // The chain still verifies with the new field in it, for the admin and for the CLI.
  server.add_staff("root@motus.example", "admin");
  const auto admin = bearer_login(client, "root@motus.example", kGoodPassword);
  const auto page = bearer_call(client, admin, "GET", "/api/v1/admin/audit?limit=1000").json();
  EXPECT_TRUE(page["chain"]["verified"].get<bool>()) << page["chain"];
  bool shown = false;
  for (const auto& row : page["entries"])
    shown = shown || row["client_request_id"] == "app-7f3a_22";
  EXPECT_TRUE(shown);
}

}  // namespace
}  // namespace motus::test
