#include "api/admin/paging.hpp"

#include <charconv>

#include "http/problem.hpp"

namespace motus::api {

namespace {

// Longer than any id Motus makes (UUIDv7 text), so a real cursor always fits.
constexpr std::size_t kLongestId = 64;

}  // namespace

std::int64_t whole_number_param(const http::Request& request, const std::string& name,
                                std::int64_t fallback, std::int64_t low, std::int64_t high) {
  const auto text = request.query_param(name);
  if (!text) return fallback;
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (ec != std::errc() || end != text->data() + text->size() || value < low || value > high) {
    throw http::bad_request(name + " must be a whole number from " + std::to_string(low) + " to " +
                            std::to_string(high) + ".");
  }
  return value;
}

nlohmann::json page_limit_schema() { return http::schema::whole(1, kLargestPageSize); }

std::int64_t page_limit(const http::Request& request) {
  return whole_number_param(request, "limit", kDefaultPageSize, 1, kLargestPageSize);
}

std::string page_after_id(const http::Request& request) {
  auto after = request.query_param("after").value_or("");
  if (after.size() > kLongestId) {
    throw http::bad_request("after must be the id that ended the previous page (next_after).");
  }
  return after;
}

}  // namespace motus::api
