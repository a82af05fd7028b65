#include "http/session_middleware.hpp"

#include "core/access/first_password.hpp"
#include "core/access/session_policy.hpp"
#include "http/cookie.hpp"
#include "http/db_await.hpp"
#include "http/problem.hpp"
#include "http/router.hpp"
#include "store/audit_log.hpp"
#include "store/credentials.hpp"
#include "store/session_repository.hpp"

namespace motus::http {

namespace asio = boost::asio;

namespace {

// The login routes answer a wrong password or code with 401 and record it themselves.
constexpr std::string_view kSelfAuditedRoute = "/api/v1/auth/login";
constexpr std::string_view kSecondFactorPath = "/api/v1/auth/login/second-factor";
constexpr std::string_view kLoginPath = "/api/v1/auth/login";
constexpr std::string_view kSignUpPath = "/api/v1/auth/signup";

bool state_changing(const Request& request) {
  const auto method = request.raw.method();
  return method != beast_http::verb::get && method != beast_http::verb::head &&
         method != beast_http::verb::options;
}

std::optional<core::Caller> active_caller(store::Db& db, const store::Clock& clock,
                                          const std::string& hash, bool& needs_touch) {
  std::optional<store::SessionRecord> record;
  db.read([&](store::Connection& connection) { record = store::find_session(connection, hash); });
  if (!record) return std::nullopt;
  const auto now = clock.now_ms();
  if (core::session_state(record->caller.role, record->times, now) != core::SessionState::active)
    return std::nullopt;
  needs_touch = now - record->times.last_seen_at >= core::kSessionTouchIntervalMs;
  return record->caller;
}

store::AuditEntry denial(const Request& request, std::int64_t now_ms) {
  store::AuditEntry entry;
  entry.at = now_ms;
  if (request.caller) {
    entry.actor_id = request.caller->user_id;
    entry.actor_role = std::string(core::to_string(request.caller->role));
  }
  entry.action = "denied";
  entry.entity = "route:" + std::string(request.method()) + " " +
                 (request.route.empty() ? request.path : request.route);
  entry.outcome = "denied";
  entry.request_id = request.request_id;
  entry.client_request_id = request.client_request_id;
  return entry;
}

}  // namespace

std::optional<PresentedToken> presented_token(const Request& request) {
  const auto authorization = request.header("Authorization");
  constexpr std::string_view bearer = "Bearer ";
  if (authorization.substr(0, bearer.size()) == bearer && authorization.size() > bearer.size()) {
    return PresentedToken{std::string(authorization.substr(bearer.size())), false};
  }
  if (auto value = cookie_value(request.header("Cookie"), kSessionCookie);
      value && !value->empty()) {
    return PresentedToken{std::move(*value), true};
  }
  return std::nullopt;
}

std::string session_cookie(const std::string& token) {
  return std::string(kSessionCookie) + "=" + token + "; Path=/; Secure; HttpOnly; SameSite=Lax";
}

std::string expired_session_cookie() {
  return std::string(kSessionCookie) + "=; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=0";
}

bool from_own_origin(const Request& request) {
  const auto fetch_site = request.header("Sec-Fetch-Site");
  if (fetch_site == "same-origin") return true;
  if (!fetch_site.empty() && fetch_site != "none") return false;  // cross-site or same-site
  const auto origin = request.header("Origin");
  const std::string host(request.header("Host"));
  if (origin.empty() || host.empty()) return false;
  return origin == "http://" + host || origin == "https://" + host;
}

static bool needs_own_origin(const Request& request,
                             const std::optional<PresentedToken>& presented) {
  if (!state_changing(request)) return false;
  if (presented && presented->by_cookie) return true;
  // Logging in or signing up from another site would sign the browser into the attacker's
  // account (login CSRF), so these need our origin with or without a cookie. Compared as the
  // router does (by segments), so "//api/v1/auth/login" is no way round.
  static const auto login = split_path(kLoginPath);
  static const auto sign_up = split_path(kSignUpPath);
  static const auto second_factor = split_path(kSecondFactorPath);
  const auto segments = split_path(request.path);
  return segments == login || segments == sign_up || segments == second_factor;
}

Middleware session_middleware(store::Db& db, const store::Clock& clock) {
  return [&db, &clock](Request& request, const Next& next) -> asio::awaitable<Response> {
    Response response;
    std::exception_ptr error;
    int status = 0;
    try {
      const auto presented = presented_token(request);
      if (needs_own_origin(request, presented) && !from_own_origin(request)) {
        throw HttpError(
            403, "Cross-site request refused",
            Said{"This request did not show that it came from this site's own pages (no matching "
                 "Origin header, and no Sec-Fetch-Site: same-origin), so it was stopped to keep "
                 "your account safe.",
                 "Esta solicitud no mostró que viniera de las páginas de este sitio (sin un "
                 "encabezado Origin que coincida ni Sec-Fetch-Site: same-origin), así que la "
                 "detuvimos para proteger tu cuenta."});
      }
      bool needs_touch = false;
      const auto hash = presented ? store::token_hash(presented->token) : std::string();
      if (presented) request.caller = active_caller(db, clock, hash, needs_touch);
      if (needs_touch) {
        const auto now = clock.now_ms();
        std::function<void(store::Connection&)> touch = [hash, now](store::Connection& c) {
          store::touch_session(c, hash, now);
        };
        co_await durable_write(db, std::move(touch));
      }
      if (request.caller && request.caller->must_change_password &&
          !core::allowed_before_own_password(request.method(), request.path)) {
        HttpError first(403, "Choose your own password first",
                        Said{"This account still has the password an admin gave it. Change it "
                             "(POST /api/v1/me/password) before doing anything else.",
                             "Tu cuenta todavía tiene la contraseña que te dio un administrador. "
                             "Elige una propia antes de hacer cualquier otra cosa."});
        first.extensions["code"] = "password_change_required";
        throw first;
      }
      response = co_await next(request);
      status = response.result_int();
    } catch (const HttpError& e) {
      error = std::current_exception();
      status = e.status();
    }
    const bool api = is_api_request(request.route, request.path);
    if ((status == 401 || status == 403) && api && request.route != kSelfAuditedRoute &&
        request.route != kSecondFactorPath) {
      auto entry = denial(request, clock.now_ms());
      co_await durable_audit(db, std::move(entry));
    }
    if (error) std::rethrow_exception(error);
    co_return response;
  };
}

}  // namespace motus::http
