// Forgot password and email verification, by links sent through the SMTP relay
// (api/shared/account_mail.hpp). With no smtp_host set, each route answers 503 saying email is
// off on this server.
// - POST /api/v1/auth/password/forgot {email}: 202 with the same words whether or not an
//   account has the email (a mail goes out only when one does, and not for a disabled
//   account). At most 5 requests per address in 15 minutes (429), and at most 3 mails per
//   account an hour (past that, still 202 and no mail), so nobody floods an inbox.
// - POST /api/v1/auth/password/reset {token, password}: the link's token (single use, 30
//   minutes, only its hash stored) and a new password under the usual rules; every session of
//   the account ends and its login failures are forgotten.
// - POST /api/v1/auth/email/verify {token}: marks the email confirmed (single use, 24 hours).
// - POST /api/v1/auth/email/verification: a signed-in person whose email is not confirmed yet
//   asks for a new link (the mail was lost or the link expired); the old link stops working.
//   409 when the email is confirmed already; at most 3 links an hour per account (429).
// All audited.
#include "api/shared/access.hpp"
#include "api/shared/account_fields.hpp"
#include "api/shared/account_mail.hpp"
#include "api/shared/app.hpp"
#include "api/shared/language.hpp"
#include "http/db_await.hpp"
#include "http/json_schema.hpp"
#include "http/password_work.hpp"
#include "http/pipeline.hpp"
#include "store/account_token_repository.hpp"
#include "store/audit_log.hpp"
#include "store/credentials.hpp"
#include "store/login_failure_repository.hpp"
#include "store/member_language_repository.hpp"
#include "store/roster_check_window.hpp"
#include "store/session_repository.hpp"

namespace motus::api {

namespace s = http::schema;

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

const core::EligibilityLimit kRequestsPerAddress{5, 15 * 60 * 1000};
const core::EligibilityLimit kMailsPerAccount{3, 60 * 60 * 1000};

store::AuditEntry anonymous_entry(const App& app, const Request& request,
                                  const std::optional<store::User>& user, std::string action,
                                  std::string outcome = "allowed") {
  store::AuditEntry entry{app.clock.now_ms(),
                          {},
                          {},
                          std::move(action),
                          "account",
                          {},
                          std::move(outcome),
                          request.request_id,
                          request.client_request_id};
  if (user) {
    entry.actor_id = user->id;
    entry.actor_role = std::string(core::to_string(user->role));
    if (user->role == core::Role::member) entry.member_id = user->id;
  }
  return entry;
}

// 429 with Retry-After: the caller may ask again in `retry_after` seconds.
Response too_many(const Request& request, std::int64_t retry_after, const http::Said& detail) {
  auto response = http::problem_response(429, "Too many requests", detail, request);
  response.set(http::beast_http::field::retry_after, std::to_string(retry_after));
  return response;
}

asio::awaitable<Response> forgot(App& app, Request& request) {
  const auto body = request.json_body();  // a malformed body is a 400 even with mail off
  require_mail(app, "a password reset by email");
  const auto email = email_field(body);
  const auto now = app.clock.now_ms();
  std::optional<store::User> user;
  app.db.read([&](store::Connection& c) { user = store::find_user_by_email(c, email); });
  if (user && user->disabled_at) user.reset();

  const auto token = store::new_session_token();
  const auto hash = store::token_hash(token);
  const auto address = "password_reset|" + request.address_key();
  const auto account = "password_reset_mail|" + email;
  bool limited = false;
  bool send = false;
  std::optional<core::Language> stored_language;
  auto entry = anonymous_entry(app, request, user, "password_reset_requested");
  auto refused = anonymous_entry(app, request, user, "password_reset_throttled", "denied");
  std::int64_t retry_after = 0;
  std::function<void(store::Connection&)> work = [&](store::Connection& c) {
    const auto by_address = store::count_eligibility_check(c, address, now, kRequestsPerAddress);
    if (!by_address.allowed) {
      limited = true;
      retry_after = by_address.retry_after_seconds;
      store::append_audit(c, refused);
      return;
    }
    if (user && store::count_eligibility_check(c, account, now, kMailsPerAccount).allowed) {
      store::forget_account_tokens(c, user->id, store::TokenPurpose::password_reset, now);
      store::insert_account_token(c, hash, user->id, store::TokenPurpose::password_reset, now);
      stored_language = store::find_language(c, user->id);
      send = true;
    }
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
  if (limited) {
    co_return too_many(request, retry_after,
                       {"There have been too many password reset requests from your network. "
                        "Please wait a while and try again.",
                        "Se han pedido demasiados cambios de contraseña desde tu red. Espera un "
                        "rato y vuelve a intentarlo."});
  }
  if (send) {
    // The account's stored language, else the request's.
    const auto language = core::choose_language(stored_language, request.header("Accept-Language"));
    co_await send_password_reset(app, user->email, user->first_name, token, language);
  }
  co_return http::json_response(
      202, nlohmann::json{{"message",
                           "If an account has this email, we have sent it a link to choose a new "
                           "password. The link works once, for 30 minutes."}});
}

http::HttpError link_not_valid() {
  auto error = http::field_problem(
      "token",
      {"This link has expired or was used already. Please ask for a new one.",
       "Este enlace caducó o ya se usó. Pide uno nuevo, por favor."},
      {"This link has expired or was used already.", "Este enlace caducó o ya se usó."});
  error.extensions["code"] = "link_expired";
  return error;
}

asio::awaitable<Response> reset(App& app, Request& request) {
  const auto body = request.json_body();  // a malformed body is a 400 even with mail off
  require_mail(app, "a password reset by email");
  const auto token = required_text(body, "token");
  const auto password = required_text(body, "password");
  const auto hash = store::token_hash(token);
  const auto now = app.clock.now_ms();
  std::optional<store::User> user;
  app.db.read([&](store::Connection& c) {
    if (const auto id =
            store::account_token_user(c, hash, store::TokenPurpose::password_reset, now))
      user = store::find_user_by_id(c, *id);
  });
  if (!user || user->disabled_at) throw link_not_valid();
  require_acceptable_password(password, user->email);
  const auto password_hash = co_await http::hash_password_off_io(password);
  auto entry = anonymous_entry(app, request, user, "password_reset");
  bool used = false;
  const auto id = user->id;
  const auto email = user->email;
  std::function<void(store::Connection&)> work = [&used, entry, hash, id, email,
                                                  password_hash](store::Connection& c) {
    used = store::use_account_token(c, hash, store::TokenPurpose::password_reset, entry.at);
    if (!used) return;
    store::update_password(c, id, password_hash, entry.at);
    store::revoke_all_sessions(c, id, entry.at);
    store::forget_login_failures_of(c, email);
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
  if (!used) throw link_not_valid();
  co_return no_content_response();
}

asio::awaitable<Response> verify(App& app, Request& request) {
  const auto body = request.json_body();  // a malformed body is a 400 even with mail off
  require_mail(app, "confirming an email");
  const auto token = required_text(body, "token");
  const auto hash = store::token_hash(token);
  const auto now = app.clock.now_ms();
  std::optional<store::User> user;
  app.db.read([&](store::Connection& c) {
    if (const auto id =
            store::account_token_user(c, hash, store::TokenPurpose::email_verification, now))
      user = store::find_user_by_id(c, *id);
  });
  if (!user) throw link_not_valid();
  auto entry = anonymous_entry(app, request, user, "email_verified");
  bool used = false;
  const auto id = user->id;
  std::function<void(store::Connection&)> work = [&used, entry, hash, id](store::Connection& c) {
    used = store::use_account_token(c, hash, store::TokenPurpose::email_verification, entry.at);
    if (!used) return;
    store::mark_email_verified(c, id, entry.at);
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
  if (!used) throw link_not_valid();
  co_return http::json_response(200, nlohmann::json{{"email_verified", true}});
}

asio::awaitable<Response> send_verification_again(App& app, Request& request) {
  const auto& caller = require_role(request, kEveryRole);
  require_mail(app, "confirming an email");
  std::optional<store::User> user;
  app.db.read([&](store::Connection& c) { user = store::find_user_by_id(c, caller.user_id); });
  if (!user)
    throw http::not_logged_in({"Please log in again.", "Vuelve a iniciar sesión, por favor."});
  if (user->email_verified_at) {
    auto error =
        http::HttpError(409, "Email already confirmed",
                        http::Said{"Your email address is confirmed already; there is nothing to "
                                   "do.",
                                   "Tu correo ya está confirmado; no tienes que hacer nada más."});
    error.extensions["code"] = "already_verified";
    throw error;
  }
  const auto token = store::new_session_token();
  const auto hash = store::token_hash(token);
  const auto now = app.clock.now_ms();
  const auto account = "email_verification_mail|" + user->id;
  auto entry = anonymous_entry(app, request, user, "email_verification_requested");
  auto refused = anonymous_entry(app, request, user, "email_verification_throttled", "denied");
  std::int64_t retry_after = 0;
  const auto id = user->id;
  std::function<void(store::Connection&)> work = [&](store::Connection& c) {
    const auto decision = store::count_eligibility_check(c, account, now, kMailsPerAccount);
    if (!decision.allowed) {
      retry_after = decision.retry_after_seconds;
      store::append_audit(c, refused);
      return;
    }
    store::forget_account_tokens(c, id, store::TokenPurpose::email_verification, now);
    store::insert_account_token(c, hash, id, store::TokenPurpose::email_verification, now);
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
  if (retry_after > 0) {
    co_return too_many(request, retry_after,
                       {"We have sent several links in the last hour. Please check your inbox "
                        "(and spam folder), or wait a while and ask again.",
                        "Te enviamos varios enlaces en la última hora. Revisa tu bandeja de "
                        "entrada (y la carpeta de spam), o espera un rato y vuelve a pedirlo."});
  }
  // The account's stored language (read with the session), else the request's.
  co_await send_email_verification(app, user->email, user->first_name, token,
                                   answer_language(request));
  co_return http::json_response(
      202, nlohmann::json{{"message",
                           "We have sent a new link to your email address. It works once, for "
                           "24 hours; earlier links no longer work."}});
}

}  // namespace

void add_account_recovery_routes(http::Router& router, App& app) {
  router.add(
      http::Route{
          "POST", "/api/v1/auth/password/forgot",
          "Ask for a password reset link by email ({email}); the same answer whether or not "
          "an account has the email. 503 when this server sends no email.",
          "auth", [&app](Request& request) { return forgot(app, request); }}
          .for_roles({"public"})
          .accepts(s::object({{"email", s::filled()}}), {{"email", "maya.fernsby@demo.example"}})
          .answers(202, s::object({{"message", s::text()}}),
                   "The same words whether or not an account has the email"));
  router.add(
      http::Route{"POST", "/api/v1/auth/password/reset",
                  "Choose a new password with the emailed link's token ({token, password}); ends "
                  "every session of the account.",
                  "auth", [&app](Request& request) { return reset(app, request); }}
          .for_roles({"public"})
          .accepts(s::object({{"token", s::filled()}, {"password", s::filled()}}),
                   {{"token", "the-token-from-the-emailed-link"},
                    {"password", "heron-lantern-quartz-9"}})
          .answers(204, nullptr,
                   "The password is changed; every session of the account has ended"));
  router.add(http::Route{"POST", "/api/v1/auth/email/verify",
                         "Confirm an email address with the emailed link's token ({token}).",
                         "auth", [&app](Request& request) { return verify(app, request); }}
                 .for_roles({"public"})
                 .accepts(s::object({{"token", s::filled()}}),
                          {{"token", "the-token-from-the-emailed-link"}})
                 .answers(200, s::object({{"email_verified", s::yes_no()}})));
  router.add(http::Route{
      "POST", "/api/v1/auth/email/verification",
      "Send a new link to confirm your email (signed in, email not confirmed yet); "
      "earlier links stop working. 503 when this server sends no email.",
      "auth", [&app](Request& request) { return send_verification_again(app, request); }}
                 .for_roles({"member", "therapist", "org_admin", "admin"})
                 .answers(202, s::object({{"message", s::text()}}), "A new link is on its way"));
}

}  // namespace motus::api
