// The Cookie header and the query string. Input: the Cookie header's value, a newline, then
// the query string (everything after "?"). The cookie is read the way the session middleware
// reads it; the query goes through the pipeline's target parsing to a route that echoes it.
#include <cstddef>
#include <cstdint>
#include <string>

#include "http/cookie.hpp"
#include "pipeline_rig.hpp"

using motus::fuzz::require;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  motus::fuzz::prepare_rig();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto newline = input.find('\n');
  const auto cookie = input.substr(0, newline);
  const auto query =
      newline == std::string_view::npos ? std::string_view() : input.substr(newline + 1);

  if (auto value = motus::http::cookie_value(cookie, "__Host-motus")) {
    require(value->find(';') == std::string::npos, "a cookie value ran past its ';'");
    require(cookie.find("__Host-motus=" + *value) != std::string_view::npos,
            "a cookie value not in the header");
  }

  motus::http::Request request;
  request.raw.method(motus::http::beast_http::verb::get);
  request.raw.target("/api/v1/search?" + std::string(query));
  request.raw.set(motus::http::beast_http::field::cookie, cookie);
  const auto response = motus::fuzz::answer(request);
  const int status = response.result_int();
  require(status == 200 || status == 400, "a query answered other than 200 or 400");
  return 0;
}
