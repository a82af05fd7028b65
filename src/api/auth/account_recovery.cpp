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
// All audited.
#include "api/shared/account_fields.hpp"
#include "api/shared/account_mail.hpp"
#include "api/shared/app.hpp"
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
    auto response = http::problem_response(
        429, "Too many requests",
        "There have been too many password reset requests from your network. Please wait a "
        "while and try again.",
        request);
    response.set(http::beast_http::field::retry_after, std::to_string(retry_after));
    co_return response;
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
  auto error =
      http::bad_request("This link has expired or was used already. Please ask for a new one.");
  error.extensions["errors"] = {
      {{"field", "token"}, {"message", "This link has expired or was used already."}}};
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
}

}  // namespace motus::api
