#pragma once
// Who is calling, and whether a browser was tricked into calling. The session middleware reads
// the session token from the cookie __Host-motus or an `Authorization: Bearer` header, checks
// the session against its idle and absolute timeouts, and sets Request::caller. A
// state-changing request that carries the cookie, and every login and sign-up, must show it
// comes from our own origin (Origin or Sec-Fetch-Site), or it is refused with 403 before any
// handler runs (CSRF and login CSRF defence); a write showing neither is refused too. Every
// 401 and 403 answered under /api/ appends a "denied" row to the audit log.
#include <optional>
#include <string>

#include "http/pipeline.hpp"
#include "store/clock.hpp"
#include "store/db.hpp"

namespace motus::http {

inline constexpr std::string_view kSessionCookie = "__Host-motus";

struct PresentedToken {
  std::string token;
  bool by_cookie = false;
};

// The token the request carries: the Bearer header wins over the cookie.
std::optional<PresentedToken> presented_token(const Request& request);

// The Set-Cookie value that starts a browser session, and the one that ends it.
std::string session_cookie(const std::string& token);
std::string expired_session_cookie();

// True when the request shows it came from our own pages: Sec-Fetch-Site: same-origin, or an
// Origin equal to http(s)://<Host> (and no Sec-Fetch-Site saying another site sent it).
bool from_own_origin(const Request& request);

// The middleware; handlers then read Request::caller (see api/shared/access.hpp).
Middleware session_middleware(store::Db& db, const store::Clock& clock);

}  // namespace motus::http
