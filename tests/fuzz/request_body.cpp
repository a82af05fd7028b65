#include "request_body.hpp"

#include "fuzz_check.hpp"
#include "http/message.hpp"
#include "http/problem.hpp"

namespace motus::fuzz {

std::optional<nlohmann::json> json_request_body(std::string_view bytes) {
  http::Request request;
  request.raw.method(http::beast_http::verb::post);
  request.raw.set(http::beast_http::field::content_type, "application/json");
  request.raw.body() = std::string(bytes);
  try {
    return request.json_body();
  } catch (const http::HttpError& e) {
    require(e.status() >= 400 && e.status() < 500, "a body refused with a status other than 4xx");
    return std::nullopt;
  }
}

}  // namespace motus::fuzz
