// POST /api/v1/auth/login and /logout. Password tries are counted under the login limits
// (password_try.hpp); past them the answer is 429 with Retry-After.
// Every login, failed login, refusal and logout is written to the audit log.
#include <algorithm>

#include "api/shared/access.hpp"
#include "api/shared/account_fields.hpp"
#include "api/shared/app.hpp"
#include "api/shared/password_try.hpp"
#include "core/access/totp.hpp"
#include "http/db_await.hpp"
#include "http/pipeline.hpp"
#include "http/session_middleware.hpp"
#include "store/audit_log.hpp"
#include "store/credentials.hpp"
#include "store/second_factor_repository.hpp"
#include "store/session_repository.hpp"

namespace motus::api {

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

store::AuditEntry login_entry(const Request& request, std::int64_t now,
                              const std::optional<store::User>& user, std::string action,
                              std::string outcome) {
  store::AuditEntry entry{now,
                          {},
                          {},
                          std::move(action),
                          "session",
                          {},
                          std::move(outcome),
                          request.request_id,
                          request.client_request_id};
  if (user) {
    entry.actor_id = user->id;
    entry.actor_role = std::string(core::to_string(user->role));
  }
  return entry;
}

http::HttpError account_disabled() {
  return {403, "Account disabled",
          http::Said{"This account has been switched off by an admin. Please ask your clinic's "
                     "admin.",
                     "Un administrador desactivó esta cuenta. Pregunta al administrador de tu "
                     "clínica, por favor."}};
}

http::HttpError login_expired() {
  return {401, "Login expired",
          http::Said{"This login has expired or was already finished. Please start again with "
                     "your email and password.",
                     "Este inicio de sesión caducó o ya terminó. Empieza de nuevo con tu correo y "
                     "tu contraseña, por favor."}};
}

http::HttpError code_not_right() {
  http::HttpError error(401, "Code not right",
                        http::Said{"That code is not right, or it was already used. Type the code "
                                   "your authenticator app shows now.",
                                   "Ese código no es correcto o ya se usó. Escribe el código que "
                                   "muestra ahora tu app de autenticación."});
  error.extensions["errors"] = {{{"field", "code"}, {"message", "That code is not right."}}};
  error.spanish_extensions["errors"] = {
      {{"field", "code"}, {"message", "Ese código no es correcto."}}};
  return error;
}

bool is_staff(core::Role role) { return role != core::Role::member; }

enum class SecondFactorAtLogin { none, code, enrol_first };

SecondFactorAtLogin second_factor_at_login(App& app, const store::User& user) {
  if (!is_staff(user.role)) return SecondFactorAtLogin::none;
  std::optional<store::StaffTotp> totp;
  bool required = false;
  app.db.read([&](store::Connection& c) {
    totp = store::find_staff_totp(c, user.id);
    required = store::staff_totp_required(c);
  });
  if (totp && totp->confirmed_at) return SecondFactorAtLogin::code;
  return required ? SecondFactorAtLogin::enrol_first : SecondFactorAtLogin::none;
}

// Starts the session (taking back the counted try) and answers with its cookie or token.
asio::awaitable<Response> start_session(App& app, const Request& request, const store::User& user,
                                        const store::LoginKeys& keys, store::SessionScope scope,
                                        bool bearer, const char* action = "login") {
  const auto token = store::new_session_token();
  std::optional<store::User> who = user;
  auto entry = login_entry(request, app.clock.now_ms(), who, action, "allowed");
  const auto hash = store::token_hash(token);
  std::function<void(store::Connection&)> work = [entry, keys, hash, scope](store::Connection& c) {
    store::insert_session(c, hash, entry.actor_id, entry.at, scope);
    store::take_back_password_try(c, keys);
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
  nlohmann::json body{{"account", account_json(user)}};
  if (scope == store::SessionScope::second_factor_enrolment)
    body["must_enrol_second_factor"] = true;
  co_return session_response(200, std::move(body), token, bearer);
}

http::HttpError login_failed() {
  return {401, "Login failed",
          http::Said{"The email or password is not right. Please try again.",
                     "El correo o la contraseña no son correctos. Inténtalo de nuevo."}};
}

asio::awaitable<Response> login(App& app, Request& request) {
  const auto body = request.json_body();
  const auto email = email_field(body);
  const auto password = required_text(body, "password");
  const bool bearer = optional_flag(body, "bearer");
  const auto now = app.clock.now_ms();

  std::optional<store::User> user;
  app.db.read([&](store::Connection& c) { user = store::find_user_by_email(c, email); });
  // Named entries, never temporaries inside the co_await (GCC 12 destroys those twice).
  auto refused = login_entry(request, now, std::nullopt, "login_throttled", "denied");
  auto failed = login_entry(request, now, user, "login_failed", "failed");
  const auto attempt =
      co_await try_password(app, request, email, user ? &user->password_hash : nullptr, password,
                            std::move(refused), std::move(failed));
  if (attempt.result == PasswordTry::Result::wait)
    co_return too_many_password_tries(request, attempt.wait_seconds);
  if (attempt.result == PasswordTry::Result::wrong) throw login_failed();

  if (user->disabled_at) {
    auto entry = login_entry(request, now, user, "login_disabled", "denied");
    std::function<void(store::Connection&)> work = [entry,
                                                    keys = attempt.keys](store::Connection& c) {
      store::take_back_password_try(c, keys);
      store::append_audit(c, entry);
    };
    co_await http::durable_write(app.db, std::move(work));
    throw account_disabled();
  }
  const auto second_factor = second_factor_at_login(app, *user);
  if (second_factor == SecondFactorAtLogin::code) {
    // The right password alone starts no session: a short-lived ticket waits for the code.
    const auto ticket = store::new_session_token();
    auto entry = login_entry(request, now, user, "login_second_factor_asked", "allowed");
    const auto hash = store::token_hash(ticket);
    std::function<void(store::Connection&)> work = [entry, keys = attempt.keys,
                                                    hash](store::Connection& c) {
      store::insert_login_ticket(c, hash, entry.actor_id, entry.at);
      store::take_back_password_try(c, keys);
      store::append_audit(c, entry);
    };
    co_await http::durable_write(app.db, std::move(work));
    auto response = http::json_response(
        200, nlohmann::json{{"second_factor", "totp"},
                            {"ticket", ticket},
                            {"expires_in_seconds", store::kLoginTicketMs / 1000}});
    co_return response;
  }
  const auto scope = second_factor == SecondFactorAtLogin::enrol_first
                         ? store::SessionScope::second_factor_enrolment
                         : store::SessionScope::full;
  auto response = co_await start_session(app, request, *user, attempt.keys, scope, bearer);
  co_return response;
}

// The second step for staff with TOTP: the ticket from the password step and a code from the
// app (or one of the recovery codes). Tries count under the login limits of the account.
asio::awaitable<Response> second_factor_login(App& app, Request& request) {
  const auto body = request.json_body();
  const auto ticket = required_text(body, "ticket");
  const auto code = optional_text(body, "code");
  const auto recovery_code = optional_text(body, "recovery_code");
  const bool bearer = optional_flag(body, "bearer");
  if (code.empty() == recovery_code.empty()) {
    throw http::field_problem(
        "code",
        {"Give either the 6-digit code from your app or a recovery code.",
         "Escribe el código de 6 cifras de tu app o un código de recuperación, uno de los dos."},
        {"Type the 6-digit code your authenticator app shows.",
         "Escribe el código de 6 cifras que muestra tu app de autenticación."});
  }
  const auto now = app.clock.now_ms();
  const auto ticket_hash = store::token_hash(ticket);
  std::optional<store::User> user;
  std::optional<store::StaffTotp> totp;
  app.db.read([&](store::Connection& c) {
    if (const auto id = store::login_ticket_user(c, ticket_hash, now)) {
      user = store::find_user_by_id(c, *id);
      if (user) totp = store::find_staff_totp(c, user->id);
    }
  });
  if (!user || !totp || !totp->confirmed_at || user->disabled_at) {
    auto refused = login_entry(request, now, user, "login_ticket_refused", "denied");
    co_await http::durable_audit(app.db, std::move(refused));
    throw login_expired();
  }

  auto refused = login_entry(request, now, user, "login_throttled", "denied");
  store::LoginKeys keys;
  const auto wait = co_await count_try(app, request, user->email, std::move(refused), keys);
  if (wait) co_return too_many_password_tries(request, *wait);

  const auto secret = core::base32_decode(totp->secret_base32).value_or("");
  std::optional<std::int64_t> step;
  if (!code.empty())
    step = core::accepted_totp_step(secret, code, now / 1000, totp->last_used_step);
  const auto recovery_hash = recovery_code.empty()
                                 ? std::string()
                                 : store::sha256_hex(core::normalise_recovery_code(recovery_code));
  bool accepted = false;
  if (step || !recovery_hash.empty()) {
    const auto id = user->id;
    std::function<void(store::Connection&)> use = [&accepted, id, step, recovery_hash, ticket_hash,
                                                   now](store::Connection& c) {
      const bool used = step ? store::use_totp_step(c, id, *step)
                             : store::use_recovery_code(c, id, recovery_hash, now);
      accepted = used && store::use_login_ticket(c, ticket_hash, now);
    };
    co_await http::durable_write(app.db, std::move(use));
  }
  if (!accepted) {
    auto failed = login_entry(request, now, user, "login_second_factor_failed", "failed");
    co_await http::durable_audit(app.db, std::move(failed));
    throw code_not_right();
  }
  const char* action = recovery_code.empty() ? "login" : "login_recovery_code";
  auto response =
      co_await start_session(app, request, *user, keys, store::SessionScope::full, bearer, action);
  co_return response;
}

asio::awaitable<Response> logout(App& app, Request& request) {
  const auto& caller = require_role(request, kEveryRole, DuringEnrolment::allowed);
  const auto now = app.clock.now_ms();
  store::AuditEntry entry{now,       caller.user_id,     std::string(core::to_string(caller.role)),
                          "logout",  "session",          {},
                          "allowed", request.request_id, request.client_request_id};
  const auto hash = store::token_hash(http::presented_token(request)->token);
  std::function<void(store::Connection&)> work = [entry, hash](store::Connection& c) {
    store::revoke_session(c, hash, entry.at);
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
  auto response = no_content_response();
  response.set(http::beast_http::field::set_cookie, http::expired_session_cookie());
  co_return response;
}

}  // namespace

void add_auth_routes(http::Router& router, App& app) {
  add_auth_signup_route(router, app);
  namespace s = http::schema;
  router.add(
      http::Route{"POST", "/api/v1/auth/login",
                  "Log in with email and password; starts a session (cookie __Host-motus, or a "
                  "token with {\"bearer\": true}).",
                  "auth", [&app](Request& request) { return login(app, request); }}
          .for_roles({"public"})
          .accepts(s::object({{"email", s::filled()},
                              {"password", s::filled()},
                              {"bearer?", s::nullable(s::yes_no())}}),
                   {{"email", "maya.fernsby@demo.example"}, {"password", "willow-copper-stone-5"}})
          .answers(200, session_schema(), "Logged in; the session cookie is set"));
  router.add(
      http::Route{"POST", "/api/v1/auth/login/second-factor",
                  "Finish logging in with a second factor: {ticket, code} (6 digits from the "
                  "authenticator app) or {ticket, recovery_code}; starts the session.",
                  "auth", [&app](Request& request) { return second_factor_login(app, request); }}
          .for_roles({"public"})
          .accepts(s::object({{"ticket", s::filled()},
                              {"code?", s::text()},
                              {"recovery_code?", s::text()},
                              {"bearer?", s::nullable(s::yes_no())}}),
                   {{"ticket", "example-ticket"}, {"code", "123456"}})
          .answers(200, session_schema(), "Logged in; the session cookie is set"));
  router.add(http::Route{"POST", "/api/v1/auth/logout", "End this session.", "auth",
                         [&app](Request& request) { return logout(app, request); }}
                 .for_roles({"member", "therapist", "org_admin", "admin"})
                 .answers(204, nullptr, "Logged out; the session cookie is cleared"));
}

}  // namespace motus::api
