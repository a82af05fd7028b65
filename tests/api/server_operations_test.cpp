// Metrics, the OpenAPI document, access logs, configuration and graceful shutdown, against
// the real binary.
#include <gtest/gtest.h>
#include <signal.h>

#include <fstream>

#include "support/server_process.hpp"

namespace motus::test {
namespace {

std::vector<nlohmann::json> log_entries(const std::string& log, const std::string& msg) {
  std::vector<nlohmann::json> out;
  std::istringstream lines(log);
  for (std::string line; std::getline(lines, line);) {
    auto entry = nlohmann::json::parse(line, nullptr, false);
    if (!entry.is_discarded() && entry.value("msg", "") == msg) out.push_back(entry);
  }
  return out;
}

TEST(ServerOperations, MetricsCountRequestsByRouteTemplate) {
  ServerProcess server;
  auto client = server.client();
  for (int i = 0; i < 3; ++i) ASSERT_EQ(client.get("/healthz").status, 200);
  client.get("/api/v1/missing/123");
  auto res = client.get("/metrics");
  ASSERT_EQ(res.status, 200);
  EXPECT_NE(res.header("content-type").find("text/plain; version=0.0.4"), std::string::npos);
  EXPECT_NE(res.body.find(
                "motus_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"} 3"),
            std::string::npos)
      << res.body;
  EXPECT_NE(res.body.find("route=\"unmatched\",status=\"404\"} 1"), std::string::npos);
  EXPECT_EQ(res.body.find("/api/v1/missing/123"), std::string::npos)
      << "raw paths never become labels";
  EXPECT_NE(
      res.body.find("motus_http_request_duration_seconds_bucket{route=\"/healthz\",le=\"+Inf\"} 3"),
      std::string::npos);
  EXPECT_NE(res.body.find("# TYPE motus_store_commit_seconds histogram"), std::string::npos);
  EXPECT_NE(res.body.find("# TYPE motus_store_commit_batch_size histogram"), std::string::npos);
}

TEST(ServerOperations, OpenApiDocumentsEveryServedRoute) {
  ServerProcess server;
  auto client = server.client();
  auto res = client.get("/api/openapi.json");
  ASSERT_EQ(res.status, 200);
  auto doc = res.json();
  EXPECT_EQ(doc["openapi"], "3.1.0");
  for (const std::string path : {"/healthz", "/readyz", "/metrics", "/api/openapi.json"}) {
    EXPECT_TRUE(doc["paths"].contains(path)) << path;
  }
  // Every documented GET without parameters must actually be served.
  int checked = 0;
  for (auto& [path, methods] : doc["paths"].items()) {
    if (!methods.contains("get") || path.find('{') != std::string::npos) continue;
    auto answer = client.get(path);
    EXPECT_NE(answer.status, 404) << path;
    EXPECT_NE(answer.status, 405) << path;
    ++checked;
  }
  EXPECT_GE(checked, 4);
}

TEST(ServerOperations, AccessLogHasRouteStatusDurationAndIdButNoBody) {
  ServerProcess server;
  auto client = server.client();
  client.request("POST", "/healthz", R"({"pain_now": "SECRET-PAIN-MARKER"})",
                 {{"Content-Type", "application/json"}});
  client.get("/healthz");
  server.stop(SIGTERM);
  auto log = server.log();
  EXPECT_EQ(log.find("SECRET-PAIN-MARKER"), std::string::npos);
  auto requests = log_entries(log, "request");
  ASSERT_GE(requests.size(), 2u);
  for (const auto& entry : requests) {
    for (const char* key :
         {"method", "route", "status", "duration_ms", "request_id", "time", "level"}) {
      EXPECT_TRUE(entry.contains(key)) << key << " missing in " << entry.dump();
    }
  }
  EXPECT_EQ(requests[0]["status"], 405);
  EXPECT_EQ(requests[1]["route"], "/healthz");
}

TEST(ServerOperations, SigtermFinishesAnInFlightRequestThenExitsCleanly) {
  ServerProcess server;
  RawConnection in_flight(server.port());
  const std::string body = R"({"a": 1})";
  in_flight.send(
      "POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " +
      std::to_string(body.size()) + "\r\n\r\n{");
  RawConnection idle(server.port());
  idle.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
  auto first = idle.receive(std::chrono::milliseconds(300));
  ASSERT_NE(first.bytes.find("200 OK"), std::string::npos);

  kill(server.pid(), SIGTERM);
  auto idle_after = idle.receive(std::chrono::seconds(3));
  EXPECT_TRUE(idle_after.closed) << "an idle keep-alive connection is closed on shutdown";
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  EXPECT_TRUE(server.running()) << "the server waits for the request in flight";

  in_flight.send(body.substr(1));
  auto answer = in_flight.receive(std::chrono::seconds(5));
  EXPECT_EQ(answer.bytes.rfind("HTTP/1.1 405", 0), 0u) << answer.bytes;
  EXPECT_NE(answer.bytes.find("Connection: close"), std::string::npos);
  EXPECT_TRUE(answer.closed);
  EXPECT_EQ(server.stop(SIGTERM, std::chrono::seconds(10)), 0);
  EXPECT_EQ(log_entries(server.log(), "shutdown_complete").size(), 1u);
  EXPECT_THROW(RawConnection late(server.port()), std::exception)
      << "no new connections after shutdown";
}

TEST(ServerOperations, FlagsBeatEnvironmentWhichBeatsTheFile) {
  TempDir dir;
  const auto file = (dir.path() / "motus.toml").string();
  std::ofstream(file) << "threads = 3\nshutdown_grace_seconds = 7\n";
  auto threads_in = [](ServerProcess& s) {
    auto entries = log_entries(s.log(), "config");
    return entries.empty() ? -1 : entries[0]["threads"].get<int>();
  };
  {
    ServerProcess s(ServerOptions{{"--config", file}, {}, {}});
    EXPECT_EQ(threads_in(s), 3);
    EXPECT_EQ(log_entries(s.log(), "config")[0]["shutdown_grace_seconds"], 7);
  }
  {
    ServerProcess s(ServerOptions{{"--config", file}, {{"MOTUS_THREADS", "2"}}, {}});
    EXPECT_EQ(threads_in(s), 2);
  }
  {
    ServerProcess s(
        ServerOptions{{"--config", file, "--threads", "1"}, {{"MOTUS_THREADS", "2"}}, {}});
    EXPECT_EQ(threads_in(s), 1);
  }
}

TEST(ServerOperations, BadConfigurationExitsTwoNamingTheProblem) {
  TempDir dir;
  const auto file = (dir.path() / "motus.toml").string();
  std::ofstream(file) << "prot = 8080\n";
  auto unknown = run_motus({"serve", "--config", file});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("unknown setting 'prot'"), std::string::npos) << unknown.err;

  auto bad_env = run_motus({"serve", "--port", "0"}, "", {{"MOTUS_PORT", "x"}});
  EXPECT_EQ(bad_env.exit_code, 2);

  auto bad_value = run_motus({"serve", "--port", "70000"});
  EXPECT_EQ(bad_value.exit_code, 2);
  EXPECT_NE(bad_value.err.find("port"), std::string::npos);

  auto bad_db = run_motus({"serve", "--port", "0", "--db", "mysql://x"});
  EXPECT_EQ(bad_db.exit_code, 2);
  EXPECT_NE(bad_db.err.find("sqlite:"), std::string::npos) << bad_db.err;
}

TEST(ServerOperations, EffectiveConfigNeverLogsADatabasePassword) {
  auto result = run_motus(
      {"serve", "--port", "0", "--db", "postgresql://motus:hunter2secret@127.0.0.1:1/motus"});
  EXPECT_NE(result.exit_code, 0);
  EXPECT_EQ(result.out.find("hunter2secret"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("postgresql://motus:***@127.0.0.1:1/motus"), std::string::npos)
      << result.out;
}

TEST(ServerOperations, ServesTheWebAppWithTypesCachingAndAppFallback) {
  TempDir web;
  std::filesystem::create_directories(web.path() / "assets");
  std::ofstream(web.path() / "index.html") << "<!doctype html><title>Motus</title>";
  std::ofstream(web.path() / "assets" / "app-3f2a.js") << "console.log('motus')";
  std::ofstream(web.path() / "manifest.webmanifest") << "{}";
  ServerProcess server(ServerOptions{{"--web-root", web.path().string()}, {}, {}});
  auto client = server.client();

  auto index = client.get("/");
  EXPECT_EQ(index.status, 200);
  EXPECT_EQ(index.header("content-type"), "text/html; charset=utf-8");
  EXPECT_EQ(index.header("cache-control"), "no-cache");
  ASSERT_FALSE(index.header("etag").empty());
  auto revalidated = client.request("GET", "/", "", {{"If-None-Match", index.header("etag")}});
  EXPECT_EQ(revalidated.status, 304);
  EXPECT_TRUE(revalidated.body.empty());

  auto script = client.get("/assets/app-3f2a.js");
  EXPECT_EQ(script.status, 200);
  EXPECT_EQ(script.header("content-type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(script.header("cache-control"), "public, max-age=31536000, immutable");
  EXPECT_EQ(client.get("/manifest.webmanifest").header("content-type"),
            "application/manifest+json");

  auto screen = client.get("/session/today");
  EXPECT_EQ(screen.status, 200) << "app screens fall back to index.html";
  EXPECT_NE(screen.body.find("<title>Motus</title>"), std::string::npos);
  EXPECT_EQ(client.get("/assets/missing.js").status, 404);
  EXPECT_EQ(client.get("/../../etc/passwd").status, 404);
  EXPECT_EQ(client.get("/%2e%2e/%2e%2e/etc/passwd").status, 404);
  EXPECT_EQ(client.get("/api/v1/unknown").header("content-type"), "application/problem+json")
      << "API paths never fall back to the app";
}

}  // namespace
}  // namespace motus::test
