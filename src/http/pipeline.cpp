#include "http/pipeline.hpp"

#include <sodium.h>

#include <atomic>
#include <boost/url/parse.hpp>
#include <chrono>
#include <cstdio>

#include "core/assessment/input_error.hpp"
#include "core/json_depth.hpp"
#include "http/log.hpp"
#include "http/metrics.hpp"
#include "http/problem.hpp"
#include "http/static_files.hpp"
#include "store/db.hpp"

namespace motus::http {

namespace asio = boost::asio;

namespace {

// Request ids need to be unique, not secret: a random per-process prefix and a per-thread
// counter, so no system call is spent on them per request.
std::string next_request_id() {
  static const std::string prefix = [] {
    unsigned char raw[6];
    randombytes_buf(raw, sizeof raw);
    char hex[13];
    sodium_bin2hex(hex, sizeof hex, raw, sizeof raw);
    return std::string(hex);
  }();
  static std::atomic<std::uint32_t> threads{0};
  thread_local const std::uint32_t thread = threads.fetch_add(1);
  thread_local std::uint64_t counter = 0;
  char tail[13];
  std::snprintf(tail, sizeof tail, "%02x%010llx", thread & 0xff,
                static_cast<unsigned long long>(++counter & 0xffffffffffULL));
  return prefix + tail;
}

// The client's X-Request-Id is kept beside ours (logs, audit) only when short and plain.
bool acceptable_client_request_id(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') return false;
  }
  return true;
}

// Fills path and query from the request target; a target that is not a valid origin-form URL
// is the client's mistake.
void parse_target(Request& request) {
  auto target = request.raw.target();
  auto parsed = boost::urls::parse_origin_form(std::string_view(target.data(), target.size()));
  if (!parsed) {
    throw bad_request(Said{"The request target is not a valid URL path.",
                           "La dirección pedida no es una ruta URL válida."});
  }
  request.path = parsed->path();
  if (request.path.find('\0') != std::string::npos)
    throw bad_request(Said{"The path contains a NUL byte.", "La dirección contiene un byte NUL."});
  for (auto param : parsed->params()) request.query.emplace(param.key, param.value);
}

// The methods some route or the web app serves; anything else is answered 501 before routing,
// so an invented method reaches neither handlers nor the metrics' labels.
bool served_method(beast_http::verb verb) {
  switch (verb) {
    case beast_http::verb::get:
    case beast_http::verb::head:
    case beast_http::verb::post:
    case beast_http::verb::put:
    case beast_http::verb::patch:
    case beast_http::verb::delete_:
    case beast_http::verb::options:
      return true;
    default:
      return false;
  }
}

// A JSON body is measured before any handler parses it (core/json_depth.hpp).
void check_json_depth(const Request& request) {
  if (request.header("Content-Type").find("json") == std::string_view::npos) return;
  if (core::json_nests_deeper_than(request.raw.body())) {
    const auto depth = std::to_string(core::kMaxJsonDepth);
    throw bad_request(Said{
        "The JSON body nests arrays or objects more than " + depth + " levels deep.",
        "El cuerpo JSON anida listas u objetos a más de " + depth + " niveles de profundidad."});
  }
}

void add_security_headers(Response& res, bool tls) {
  res.set("X-Content-Type-Options", "nosniff");
  res.set("X-Frame-Options", "DENY");
  res.set("Referrer-Policy", "no-referrer");
  res.set("Cross-Origin-Opener-Policy", "same-origin");
  res.set("Cross-Origin-Resource-Policy", "same-origin");
  res.set("Permissions-Policy", "camera=(self), microphone=(self), geolocation=()");
  res.set("Content-Security-Policy",
          "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
          "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; "
          "object-src 'none'");
  if (tls) res.set("Strict-Transport-Security", "max-age=31536000");
  if (res.find(beast_http::field::cache_control) == res.end())
    res.set(beast_http::field::cache_control, "no-store");
}

}  // namespace

std::string new_request_id() { return next_request_id(); }

namespace {
const Said kSomethingWentWrong{
    "Something went wrong on our side. Quote the error id if you contact support.",
    "Algo falló de nuestro lado. Si escribes a soporte, menciona el código del error "
    "(error_id)."};
}  // namespace

core::Language problem_language(const Request& request) {
  const auto stored = request.caller ? request.caller->language : std::nullopt;
  return core::choose_language(stored, request.header("Accept-Language"));
}

namespace {

// A problem in Spanish says so; an English one keeps the headers it always had.
void say_problem_language(Response& res, core::Language language) {
  if (language != core::Language::es) return;
  res.set(beast_http::field::content_language, core::to_string(language));
  res.set(beast_http::field::vary, "Accept-Language, Cookie, Authorization");
}

}  // namespace

Response problem_response(int status, const std::string& title, const std::string& detail,
                          const Request& request) {
  return problem_response(status, title, Said{detail, {}}, request);
}

Response problem_response(int status, const std::string& title, const Said& detail,
                          const Request& request) {
  const auto language = problem_language(request);
  auto body = problem_body(status, title_in(title, language), detail.in(language),
                           request.request_id, request.path);
  auto res = text_response(status, body.dump(), "application/problem+json");
  say_problem_language(res, language);
  return res;
}

Response problem_from_exception(std::exception_ptr error, const Request& request) {
  try {
    std::rethrow_exception(error);
  } catch (const HttpError& e) {
    const auto language = problem_language(request);
    auto body = problem_body(e.status(), title_in(e.title(), language), e.said().in(language),
                             request.request_id, request.path);
    for (auto& [k, v] : e.extensions.items()) body[k] = v;
    if (language == core::Language::es) {
      for (auto& [k, v] : e.spanish_extensions.items()) body[k] = v;
    }
    auto res = text_response(e.status(),
                             body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                             "application/problem+json");
    say_problem_language(res, language);
    if (e.status() == 405 && e.extensions.contains("allow"))
      res.set(beast_http::field::allow, e.extensions["allow"].get<std::string>());
    return res;
  } catch (const core::assessment::InputError& e) {
    // The core names the field it refuses as "field: what is wrong"; this is the one place
    // that turns it into a 400 with errors[{field, message}].
    const std::string what = e.what();
    const auto colon = what.find(": ");
    const bool named = colon != std::string::npos && what.find(' ') > colon;
    FieldProblem problem{named ? what.substr(0, colon) : std::string(),
                         named ? what.substr(colon + 2) : what, e.spanish()};
    return problem_from_exception(std::make_exception_ptr(invalid_fields({problem})), request);
  } catch (const store::StoreError& e) {
    if (e.kind() == store::StoreError::Kind::constraint) {
      return problem_response(409, "Conflict",
                              Said{"This conflicts with something that already exists.",
                                   "Esto choca con algo que ya existe. Revisa los datos y vuelve "
                                   "a intentarlo."},
                              request);
    }
    log::error("store_error",
               {{"request_id", request.request_id}, {"route", request.route}, {"error", e.what()}});
    if (e.kind() == store::StoreError::Kind::busy || e.kind() == store::StoreError::Kind::closed) {
      auto res =
          problem_response(503, "Service unavailable",
                           Said{"The store is busy or shutting down; try again shortly.",
                                "Ahora mismo estamos muy ocupados. Vuelve a intentarlo en un "
                                "momento."},
                           request);
      res.set(beast_http::field::retry_after, "1");
      return res;
    }
    return problem_response(500, "Internal error", kSomethingWentWrong, request);
  } catch (const std::exception& e) {
    log::error("unhandled_error",
               {{"request_id", request.request_id}, {"route", request.route}, {"error", e.what()}});
    return problem_response(500, "Internal error", kSomethingWentWrong, request);
  }
}

Pipeline::Pipeline(const Router& router, Metrics& metrics, const StaticFiles* static_files,
                   PipelineOptions options)
    : router_(router), metrics_(metrics), static_files_(static_files), options_(options) {}

void Pipeline::use(Middleware middleware) { chain_.push_back(std::move(middleware)); }

asio::awaitable<Response> Pipeline::handle(Request& request) const {
  request.started = std::chrono::steady_clock::now();
  request.request_id = new_request_id();
  if (auto incoming = request.header("X-Request-Id"); acceptable_client_request_id(incoming)) {
    request.client_request_id = std::string(incoming);
  }

  Response res;
  std::exception_ptr error;
  try {
    if (!served_method(request.raw.method())) {
      request.route = "not_implemented";
      const auto method = std::string(request.method()).substr(0, 32);
      throw HttpError(501, "Not implemented",
                      Said{"This server does not serve the method " + method + ".",
                           "Este servidor no atiende el método " + method + "."});
    }
    parse_target(request);
    check_json_depth(request);
    res = co_await run(request, 0);
  } catch (...) {
    error = std::current_exception();
  }
  if (error) res = problem_from_exception(error, request);

  add_security_headers(res, options_.tls);
  res.set("X-Request-Id", request.request_id);
  if (request.raw.method() == beast_http::verb::head) {
    res.prepare_payload();
    res.body().clear();
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - request.started).count();
  const std::string route = request.route.empty() ? "unmatched" : request.route;
  const int status = res.result_int();
  const std::string method =
      served_method(request.raw.method()) ? std::string(request.method()) : "other";
  metrics_.observe_request(method, route, status, seconds);
  nlohmann::json entry = {{"method", method},
                          {"route", route},
                          {"status", status},
                          {"duration_ms", seconds * 1000.0},
                          {"request_id", request.request_id}};
  if (!request.client_request_id.empty()) entry["client_request_id"] = request.client_request_id;
  log::access(std::move(entry));
  co_return res;
}

asio::awaitable<Response> Pipeline::run(Request& request, std::size_t index) const {
  if (index == chain_.size()) co_return co_await dispatch(request);
  Next next = [this, index](Request& r) { return run(r, index + 1); };
  co_return co_await chain_[index](request, next);
}

asio::awaitable<Response> Pipeline::dispatch(Request& request) const {
  auto match = router_.match(request.method(), request.path);
  if (match.kind == MatchKind::found) {
    request.route = match.route->path;
    request.path_params = std::move(match.params);
    request.body_schema = &match.route->contract.body;
    co_return co_await match.route->handler(request);
  }
  const bool api = is_api_request({}, request.path);
  if (match.kind == MatchKind::wrong_method) {
    request.route = "method_not_allowed";
    const std::string method(request.method());
    HttpError e(405, "Method not allowed",
                Said{"This address does not accept " + method + ".",
                     "Esta dirección no acepta " + method + "."});
    e.extensions["allow"] = match.allow;
    throw e;
  }
  if (!api && static_files_ != nullptr) {
    if (auto res = static_files_->serve(request)) {
      request.route = "static";
      co_return std::move(*res);
    }
  }
  throw not_found();
}

}  // namespace motus::http
