#include "core/access/first_password.hpp"

#include <array>
#include <string>

namespace motus::core {

namespace {

// "/api//v1/me/" → "/api/v1/me": the segments as the router compares them.
std::string segments_of(std::string_view path) {
  std::string joined;
  std::size_t at = 0;
  while (at <= path.size()) {
    const auto end = path.find('/', at);
    const auto piece = path.substr(at, end == std::string_view::npos ? path.npos : end - at);
    if (!piece.empty()) {
      joined += '/';
      joined += piece;
    }
    if (end == std::string_view::npos) break;
    at = end + 1;
  }
  return joined;
}

struct Allowed {
  std::string_view method;
  std::string_view path;
};

constexpr std::array kAllowed{
    Allowed{"GET", "/api/v1/me"},
    Allowed{"GET", "/api/v1/auth/session"},
    Allowed{"POST", "/api/v1/me/password"},
    Allowed{"POST", "/api/v1/auth/logout"},
};

}  // namespace

bool allowed_before_own_password(std::string_view method, std::string_view path) {
  const auto segments = segments_of(path);
  if (segments != "/api" && segments.rfind("/api/", 0) != 0) return true;  // the web pages
  if (method == "HEAD") method = "GET";
  for (const auto& allowed : kAllowed) {
    if (allowed.method == method && allowed.path == segments) return true;
  }
  return false;
}

}  // namespace motus::core
