#include "pipeline_rig.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/parser.hpp>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <vector>

#include "core/roster/roster.hpp"
#include "http/cookie.hpp"
#include "http/log.hpp"
#include "http/metrics.hpp"
#include "http/problem.hpp"
#include "http/server.hpp"
#include "http/static_files.hpp"

namespace motus::fuzz {

namespace asio = boost::asio;
namespace fs = std::filesystem;
using http::Request;
using http::Response;
using Answer = asio::awaitable<Response>;

namespace {

constexpr std::string_view kSecret = "MOTUS-FUZZ-SECRET-outside-the-web-root";
constexpr std::size_t kMostRequestsPerConnection = 4;

fs::path scratch;
std::vector<std::string> web_files;  // the bodies the static route may serve

void write_file(const fs::path& path, std::string_view text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

nlohmann::json query_of(const Request& request) {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& [key, value] : request.query) out[key] = value;
  return out;
}

// Routes shaped like the API's: literals beside {param}s, JSON, CSV and query readers, and the
// way real handlers use the body (copied into a reply, dumped for the record).
const http::Router& routes() {
  static const http::Router router = [] {
    http::Router r;
    r.add({"GET", "/healthz", "health", "system",
           [](Request&) -> Answer { co_return http::text_response(200, "ok", "text/plain"); }});
    r.add({"POST", "/api/v1/me/checkins", "check-in", "me",
           [](Request& request) -> Answer {
             auto body = request.json_body();
             const auto record = body.dump();
             co_return http::json_response(201, {{"received", body}, {"bytes", record.size()}});
           },
           "application/json"});
    r.add({"DELETE", "/api/v1/me", "delete", "me",
           [](Request& request) -> Answer {
             const auto body = request.json_body();
             if (!body.contains("password") || !body["password"].is_string()) {
               throw http::bad_request("password: expected text.");
             }
             co_return http::json_response(200, {{"deleted", true}});
           },
           "application/json"});
    r.add({"GET",
           "/api/v1/care/members/queue",
           "queue",
           "care",
           [](Request& request) -> Answer {
             co_return http::json_response(200, {{"query", query_of(request)}});
           },
           "",
           {"cursor", "limit"}});
    r.add({"GET", "/api/v1/care/members/{id}", "member", "care", [](Request& request) -> Answer {
             co_return http::json_response(
                 200, {{"id", request.param("id")}, {"query", query_of(request)}});
           }});
    r.add({"PUT", "/api/v1/care/members/{id}/notes/{note_id}", "note", "care",
           [](Request& request) -> Answer {
             auto body = request.json_body();
             co_return http::json_response(
                 200,
                 {{"id", request.param("id")}, {"note", request.param("note_id")}, {"body", body}});
           },
           "application/json"});
    r.add({"PUT", "/api/v1/organizations/{id}/roster", "roster", "admin",
           [](Request& request) -> Answer {
             try {
               const auto roster = core::parse_roster_csv(request.raw.body());
               co_return http::json_response(
                   200, {{"entries", roster.entries.size()}, {"rejected", roster.rejected.size()}});
             } catch (const core::RosterFileError& e) {
               throw http::bad_request(e.what());
             }
           },
           "text/csv"});
    r.add({"GET",
           "/api/v1/search",
           "search",
           "content",
           [](Request& request) -> Answer {
             co_return http::json_response(
                 200, {{"q", request.query_param("q").value_or("")}, {"query", query_of(request)}});
           },
           "",
           {"q"}});
    return r;
  }();
  return router;
}

// Reads the session cookie the way the session middleware does.
Answer read_cookie(Request& request, const http::Next& next) {
  const auto cookie = request.header("Cookie");
  if (auto value = http::cookie_value(cookie, "__Host-motus")) {
    require(cookie.find(*value) != std::string_view::npos,
            "cookie value not taken from the header");
  }
  co_return co_await next(request);
}

void check(const Request& request, const Response& response) {
  const int status = response.result_int();
  require(status >= 200 && status <= 599, "status outside 200-599");
  require(status != 500, "a client's request answered 500");
  // The secret may come back only if the client sent it (a path echoed in a problem body).
  std::ostringstream sent;
  sent << request.raw;
  require(response.body().find(kSecret) == std::string::npos ||
              sent.str().find(kSecret) != std::string::npos,
          "a file outside the web root was served");
  if (request.route == "static" && status == 200 &&
      request.raw.method() != http::beast_http::verb::head) {
    bool known = false;
    for (const auto& body : web_files) known = known || response.body() == body;
    require(known, "the static route served something that is not a web file");
  }
  require(response.find("X-Request-Id") != response.end(), "answer without X-Request-Id");
}

}  // namespace

void prepare_rig() {
  log::set_level("error");
  char pattern[] = "/tmp/motus-fuzz-XXXXXX";
  require(mkdtemp(pattern) != nullptr, "cannot make a scratch directory");
  scratch = pattern;
  web_files = {"<!doctype html><title>Motus</title>", "console.log('motus')", "icon"};
  write_file(scratch / "web/index.html", web_files[0]);
  write_file(scratch / "web/assets/app-1a2b3c.js", web_files[1]);
  write_file(scratch / "web/favicon.ico", web_files[2]);
  write_file(scratch / "secret.txt", kSecret);
  write_file(scratch / "web-private/secret.txt", kSecret);  // shares a prefix with the root
  std::atexit([] {
    std::error_code ignored;
    fs::remove_all(scratch, ignored);
  });
}

Response answer(Request& request) {
  // A fresh pipeline per request: the static-file cache and the metrics are per-process state,
  // and one input must not change how the next is answered.
  http::Metrics metrics;
  http::StaticFiles files(scratch / "web");
  http::Pipeline pipeline(routes(), metrics, &files);
  pipeline.use(read_cookie);
  asio::io_context io;
  std::optional<Response> out;
  std::exception_ptr failure;
  asio::co_spawn(io, pipeline.handle(request), [&](std::exception_ptr error, Response response) {
    failure = error;
    if (!error) out = std::move(response);
  });
  io.run();
  require(!failure && out.has_value(), "an exception escaped the pipeline");
  check(request, *out);
  return std::move(*out);
}

void answer_connection(std::string_view bytes) {
  namespace bhttp = http::beast_http;
  if (bytes.empty()) return;
  const http::ServerOptions limits;  // the server's own header and body limits
  boost::beast::flat_buffer buffer;
  auto room = buffer.prepare(bytes.size());
  std::memcpy(room.data(), bytes.data(), bytes.size());
  buffer.commit(bytes.size());
  for (std::size_t n = 0; n < kMostRequestsPerConnection && buffer.size() > 0; ++n) {
    bhttp::request_parser<bhttp::string_body> parser;
    parser.header_limit(static_cast<std::uint32_t>(limits.header_limit));
    parser.body_limit(limits.body_limit);
    boost::system::error_code ec;
    while (!parser.is_done()) {
      const auto used = parser.put(buffer.data(), ec);
      buffer.consume(used);
      if (ec == bhttp::error::need_more && used > 0) {
        ec = {};
        continue;
      }
      if (ec == bhttp::error::need_more || (!ec && used == 0)) {
        ec = {};
        parser.put_eof(ec);  // the client sent nothing more
        break;
      }
      if (ec) break;
    }
    if (ec || !parser.is_done()) return;  // the server answers 400/413/431 or just closes
    Request request;
    request.raw = parser.release();
    request.remote_address = "127.0.0.1";
    const bool keep_alive = request.raw.keep_alive();
    answer(request);
    if (!keep_alive) return;
  }
}

}  // namespace motus::fuzz
