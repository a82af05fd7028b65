// Staff second factor (TOTP, core/access/totp.hpp), set up by the staff member themselves:
// GET /api/v1/me/second-factor (set up or not, required or not, recovery codes left),
// POST /api/v1/me/second-factor (a new secret and its otpauth:// URI, shown as a QR code),
// POST /api/v1/me/second-factor/confirm {code} (the first code proves the app has the secret;
// answers the ten one-time recovery codes, shown once). Members have no second factor here.
// A session that may only enrol (an admin requires TOTP) may use these three routes.
#include "api/shared/access.hpp"
#include "api/shared/account_fields.hpp"
#include "api/shared/app.hpp"
#include "api/shared/password_try.hpp"
#include "core/access/totp.hpp"
#include "http/db_await.hpp"
#include "http/json_schema.hpp"
#include "http/problem.hpp"
#include "store/audit_log.hpp"
#include "store/credentials.hpp"
#include "store/second_factor_repository.hpp"

namespace motus::api {

namespace s = http::schema;

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

constexpr std::initializer_list<core::Role> kStaff = {core::Role::therapist, core::Role::org_admin,
                                                      core::Role::admin};

store::AuditEntry second_factor_entry(const App& app, const Request& request,
                                      const core::Caller& caller, std::string action,
                                      std::string outcome = "allowed") {
  return {app.clock.now_ms(), caller.user_id,     std::string(core::to_string(caller.role)),
          std::move(action),  "second_factor",    {},
          std::move(outcome), request.request_id, request.client_request_id};
}

asio::awaitable<Response> status(App& app, Request& request) {
  const auto& caller = require_role(request, kStaff, DuringEnrolment::allowed);
  std::optional<store::StaffTotp> totp;
  bool required = false;
  std::int64_t codes_left = 0;
  app.db.read([&](store::Connection& c) {
    totp = store::find_staff_totp(c, caller.user_id);
    required = store::staff_totp_required(c);
    codes_left = store::recovery_codes_left(c, caller.user_id);
  });
  auto read = second_factor_entry(app, request, caller, "read");
  co_await http::durable_audit(app.db, std::move(read));
  co_return http::json_response(200,
                                nlohmann::json{{"enrolled", totp && totp->confirmed_at.has_value()},
                                               {"required", required},
                                               {"recovery_codes_left", codes_left}});
}

http::HttpError already_set_up() {
  http::HttpError error(409, "Two-step login is already set up",
                        "This account already uses a code from an authenticator app. To move it "
                        "to a new phone, log in with a recovery code and ask an admin.");
  error.extensions["code"] = "second_factor_enrolled";
  return error;
}

// The caller's TOTP row (if any) and account; 409 when two-step login is already confirmed.
std::pair<std::optional<store::StaffTotp>, std::optional<store::User>> not_yet_enrolled(
    App& app, const core::Caller& caller) {
  std::optional<store::StaffTotp> totp;
  std::optional<store::User> user;
  app.db.read([&](store::Connection& c) {
    totp = store::find_staff_totp(c, caller.user_id);
    user = store::find_user_by_id(c, caller.user_id);
  });
  if (totp && totp->confirmed_at) throw already_set_up();
  return {totp, user};
}

asio::awaitable<Response> start(App& app, Request& request) {
  const auto& caller = require_role(request, kStaff, DuringEnrolment::allowed);
  const auto user = not_yet_enrolled(app, caller).second;
  const auto secret = store::random_bytes(core::kTotpSecretBytes);
  const auto base32 = core::base32_encode(secret);
  auto entry = second_factor_entry(app, request, caller, "second_factor_enrolment_started");
  std::function<void(store::Connection&)> work = [entry, base32](store::Connection& c) {
    store::start_totp_enrolment(c, entry.actor_id, base32, entry.at);
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
  co_return http::json_response(
      201,
      nlohmann::json{{"secret", base32},
                     {"otpauth_uri", core::otpauth_uri("Motus", user ? user->email : "", secret)}});
}

http::HttpError code_not_right() {
  auto error = http::bad_request(
      "That code is not right. Type the 6-digit code your authenticator app shows now.");
  error.extensions["errors"] = {{{"field", "code"}, {"message", "That code is not right."}}};
  return error;
}

asio::awaitable<Response> confirm(App& app, Request& request) {
  const auto& caller = require_role(request, kStaff, DuringEnrolment::allowed);
  const auto body = request.json_body();
  const auto code = required_text(body, "code");
  const auto found = not_yet_enrolled(app, caller);
  const auto& totp = found.first;
  const auto& user = found.second;
  if (!totp || !user) {
    throw http::HttpError(409, "Nothing to confirm",
                          "Start setting up two-step login first: scan the QR code, then type the "
                          "code the app shows.");
  }
  auto refused = second_factor_entry(app, request, caller, "second_factor_throttled", "denied");
  store::LoginKeys keys;
  const auto wait = co_await count_try(app, request, user->email, std::move(refused), keys);
  if (wait) co_return too_many_password_tries(request, *wait);
  const auto secret = core::base32_decode(totp->secret_base32).value_or("");
  const auto step = core::accepted_totp_step(secret, code, app.clock.now_ms() / 1000, std::nullopt);
  if (!step) {
    auto failed = second_factor_entry(app, request, caller, "second_factor_failed", "failed");
    co_await http::durable_audit(app.db, std::move(failed));
    throw code_not_right();
  }
  std::vector<std::string> codes;
  std::vector<std::string> hashes;
  for (int i = 0; i < core::kRecoveryCodes; ++i) {
    codes.push_back(core::recovery_code_from_bytes(store::random_bytes(7)));
    hashes.push_back(store::sha256_hex(core::normalise_recovery_code(codes.back())));
  }
  auto entry = second_factor_entry(app, request, caller, "second_factor_enrolled");
  const auto at = *step;
  std::function<void(store::Connection&)> work = [entry, at, hashes, keys](store::Connection& c) {
    store::confirm_totp_enrolment(c, entry.actor_id, at, hashes, entry.at);
    store::take_back_password_try(c, keys);
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
  co_return http::json_response(200, nlohmann::json{{"recovery_codes", codes}});
}

}  // namespace

void add_me_second_factor_routes(http::Router& router, App& app) {
  router.add(
      http::Route{"GET", "/api/v1/me/second-factor",
                  "Staff: whether two-step login (TOTP) is set up and required, and how many "
                  "recovery codes are left.",
                  "me", [&app](Request& request) { return status(app, request); }}
          .for_roles({"therapist", "org_admin", "admin"})
          .answers(200, s::object({{"enrolled", s::yes_no()},
                                   {"required", s::yes_no()},
                                   {"recovery_codes_left", s::whole_from(0)}})));
  router.add(
      http::Route{"POST", "/api/v1/me/second-factor",
                  "Staff: start setting up two-step login; answers a new secret and its otpauth:// "
                  "URI for the authenticator app (shown as a QR code).",
                  "me", [&app](Request& request) { return start(app, request); }}
          .for_roles({"therapist", "org_admin", "admin"})
          .answers(201, s::object({{"secret", s::text()}, {"otpauth_uri", s::text()}}),
                   "A new secret to confirm with a first code"));
  router.add(http::Route{
      "POST", "/api/v1/me/second-factor/confirm",
      "Staff: confirm two-step login with the first code ({code}); answers ten one-time "
      "recovery codes, shown only this once.",
      "me", [&app](Request& request) { return confirm(app, request); }}
                 .for_roles({"therapist", "org_admin", "admin"})
                 .accepts(s::object({{"code", s::filled()}}), {{"code", "123456"}})
                 .answers(200, s::object({{"recovery_codes", s::list(s::text())}}),
                          "Two-step login is on; the recovery codes, shown once"));
}

}  // namespace motus::api
