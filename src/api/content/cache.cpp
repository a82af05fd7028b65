#include "api/content/cache.hpp"

#include <sodium.h>

#include <array>
#include <string_view>

#include "api/shared/language.hpp"

namespace motus::api {
namespace {

constexpr std::string_view kPublicFiveMinutes = "public, max-age=300";

// A strong validator: a hash of the exact bytes sent, so any change in content, filters or
// mapping gives a new ETag, and every server started with the same content gives the same one.
std::string entity_tag(std::string_view body) {
  std::array<unsigned char, 16> digest{};
  crypto_generichash(digest.data(), digest.size(),
                     reinterpret_cast<const unsigned char*>(body.data()), body.size(), nullptr, 0);
  static constexpr char digits[] = "0123456789abcdef";
  std::string tag = "\"";
  for (const unsigned char byte : digest) {
    tag += digits[byte >> 4];
    tag += digits[byte & 15];
  }
  return tag + "\"";
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// If-None-Match compares weakly (RFC 9110 13.1.2): a W/ prefix does not stop a match.
bool names_tag(std::string_view if_none_match, std::string_view tag) {
  while (!if_none_match.empty()) {
    const auto comma = if_none_match.find(',');
    std::string_view candidate = trimmed(if_none_match.substr(0, comma));
    if (candidate == "*") return true;
    if (candidate.substr(0, 2) == "W/") candidate.remove_prefix(2);
    if (candidate == tag) return true;
    if (comma == std::string_view::npos) break;
    if_none_match.remove_prefix(comma + 1);
  }
  return false;
}

}  // namespace

http::Response public_json(const http::Request& request, const nlohmann::json& body) {
  auto res = http::json_response(200, body);
  const std::string tag = entity_tag(res.body());
  if (names_tag(request.header("If-None-Match"), tag)) {
    res.result(http::beast_http::status::not_modified);
    res.body().clear();
    res.prepare_payload();
  }
  res.set(http::beast_http::field::etag, tag);
  res.set(http::beast_http::field::cache_control, kPublicFiveMinutes);
  return res;
}

http::Response public_json(const http::Request& request, const nlohmann::json& body,
                           core::Language language) {
  auto response = public_json(request, body);
  say_language(response, language);
  return response;
}

}  // namespace motus::api
