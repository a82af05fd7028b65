// POST /api/v1/auth/signup: a person on an organization's roster creates their member account
// and is logged in; one account per person on a roster (409 "Already enrolled" after that).
// Someone not on a roster gets one answer whatever the reason, so the
// route tells nobody who is on which roster; and since each try looks a roster up, it counts
// against the same per-address limit as the eligibility check (roster_check_limit.hpp).
#include "api/shared/account_fields.hpp"
#include "api/shared/account_mail.hpp"
#include "api/shared/app.hpp"
#include "api/shared/language.hpp"
#include "api/shared/roster_check_limit.hpp"
#include "core/access/identity.hpp"
#include "http/db_await.hpp"
#include "http/password_work.hpp"
#include "store/account_token_repository.hpp"
#include "store/audit_log.hpp"
#include "store/care_assignment_repository.hpp"
#include "store/credentials.hpp"
#include "store/roster_repository.hpp"
#include "store/session_repository.hpp"

namespace motus::api {

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

core::Identity identity_from(const nlohmann::json& body, const std::string& email) {
  core::Identity identity;
  identity.first_name = core::normalise_name(required_text(body, "first_name"));
  identity.last_name = core::normalise_name(required_text(body, "last_name"));
  identity.date_of_birth = required_text(body, "date_of_birth");
  identity.email = email;
  identity.enrollment_code = optional_text(body, "enrollment_code");
  if (!core::valid_date(identity.date_of_birth)) {
    throw http::field_problem(
        "date_of_birth",
        {"The date of birth should look like 1985-04-23 (year-month-day).",
         "La fecha de nacimiento debe tener la forma 1985-04-23 (año-mes-día)."},
        {"Use year-month-day, like 1985-04-23.", "Usa año-mes-día, como 1985-04-23."});
  }
  return identity;
}

http::HttpError not_on_roster() {
  return {403, "Not covered",
          http::Said{"We could not find you on a sponsor's list. Check that your name, date of "
                     "birth and enrollment code are exactly as your employer or health plan has "
                     "them, or ask them to add you.",
                     "No te encontramos en la lista de quien te ofrece Motus. Revisa que tu "
                     "nombre, tu fecha de nacimiento y tu código de inscripción estén escritos "
                     "igual que los tiene tu empleador o tu plan de salud, o pídeles que te "
                     "añadan."}};
}

// Why a try ends; a refusal is decided inside a write but answered after it: throwing from the
// work would roll the count back with everything else, and a refused try must still count.
enum class Outcome { limited, not_on_roster, account_exists, already_enrolled, allowed };

// Throws the answer for a refusal other than the limit (which answers with a Retry-After).
void refuse_unless_allowed(Outcome outcome) {
  if (outcome == Outcome::not_on_roster) throw not_on_roster();
  if (outcome == Outcome::account_exists) {
    throw http::HttpError(409, "Account exists",
                          http::Said{"There is already an account with this email. Please log in.",
                                     "Ya hay una cuenta con este correo. Inicia sesión, por "
                                     "favor."});
  }
  if (outcome == Outcome::already_enrolled) throw already_enrolled();
}

asio::awaitable<Response> signup(App& app, Request& request) {
  const auto body = request.json_body();
  const auto email = email_field(body);
  const auto password = required_text(body, "password");
  const auto identity = identity_from(body, email);
  const bool bearer = optional_flag(body, "bearer");
  const auto contact = contact_fields(body);
  require_acceptable_password(password, email);

  const auto now = app.clock.now_ms();
  const store::AuditEntry limited{now,
                                  "",
                                  "",
                                  "signup_limited",
                                  "account",
                                  "",
                                  "denied",
                                  request.request_id,
                                  request.client_request_id};

  // The try is counted and the roster looked up before the password is hashed: the Argon2 hash
  // costs tens of milliseconds of the worker pool, and only a try that will be stored needs it.
  Outcome outcome = Outcome::allowed;
  core::CheckDecision decision;
  std::string organization_id;
  std::function<void(store::Connection&)> check = [&](store::Connection& c) {
    decision = count_roster_check(c, request, now);
    if (!decision.allowed) {
      outcome = Outcome::limited;
      store::append_audit(c, limited);
      return;
    }
    const auto organization = store::find_eligible_organization(c, identity);
    if (!organization) {
      outcome = Outcome::not_on_roster;
      return;
    }
    if (store::find_user_by_email(c, email)) {
      outcome = Outcome::account_exists;
      return;
    }
    if (store::find_enrolled_member(c, core::enrollment_key(*organization, identity))) {
      outcome = Outcome::already_enrolled;
      return;
    }
    organization_id = *organization;
  };
  co_await http::durable_write(app.db, std::move(check));
  if (outcome == Outcome::limited) {
    auto response = too_many_roster_checks(request, decision);
    co_return response;
  }
  refuse_unless_allowed(outcome);

  store::User user;
  user.id = store::new_id(now);
  user.email = email;
  user.password_hash = co_await http::hash_password_off_io(password);
  user.role = core::Role::member;
  user.organization_id = organization_id;
  user.first_name = required_text(body, "first_name");
  user.last_name = required_text(body, "last_name");
  user.date_of_birth = identity.date_of_birth;
  user.created_at = now;
  user.password_changed_at = now;
  user.phone = contact.phone;
  user.call_time = contact.call_time;
  const auto token = store::new_session_token();
  const auto hash = store::token_hash(token);
  const store::AuditEntry created{now,
                                  user.id,
                                  "member",
                                  "signup",
                                  "account",
                                  user.id,
                                  "allowed",
                                  request.request_id,
                                  request.client_request_id};
  // With mail on, a link to confirm the email goes out once the account is stored.
  const auto verification = app.mail.on() ? store::new_session_token() : std::string();

  // Two tries with one email, or for one person, may both pass the check while hashing, so both
  // are looked up again where the account is written.
  const auto person = core::enrollment_key(organization_id, identity);
  std::function<void(store::Connection&)> store_account = [&](store::Connection& c) {
    if (store::find_user_by_email(c, user.email)) {
      outcome = Outcome::account_exists;
      return;
    }
    if (store::find_enrolled_member(c, person)) {
      outcome = Outcome::already_enrolled;
      return;
    }
    store::insert_user(c, user);
    store::enroll_member(c, person, user.id);
    store::assign_least_loaded_therapist(c, user.id, user.created_at);
    store::insert_session(c, hash, user.id, user.created_at);
    if (!verification.empty()) {
      store::insert_account_token(c, store::token_hash(verification), user.id,
                                  store::TokenPurpose::email_verification, user.created_at);
    }
    store::append_audit(c, created);
  };
  co_await http::durable_write(app.db, std::move(store_account));
  refuse_unless_allowed(outcome);
  // A new account has no stored language yet: the request's.
  const auto language = answer_language(request);
  if (!verification.empty())
    co_await send_email_verification(app, user.email, user.first_name, verification, language);
  auto response =
      session_response(201, nlohmann::json{{"account", account_json(user)}}, token, bearer);
  co_return response;
}

}  // namespace

void add_auth_signup_route(http::Router& router, App& app) {
  namespace s = http::schema;
  router.add(http::Route{"POST", "/api/v1/auth/signup",
                         "Create a member account for a person on a sponsor's roster; starts a "
                         "session (cookie __Host-motus).",
                         "auth", [&app](Request& request) { return signup(app, request); }}
                 .for_roles({"public"})
                 .accepts(s::object({{"email", s::filled()},
                                     {"password", s::filled()},
                                     {"first_name", s::filled()},
                                     {"last_name", s::filled()},
                                     {"date_of_birth", s::filled()},
                                     {"enrollment_code?", s::nullable(s::text())},
                                     {"bearer?", s::nullable(s::yes_no())},
                                     {"phone?", s::nullable(s::text(0, 40))},
                                     {"call_time?", s::nullable(s::text(0, 120))}}),
                          {{"email", "maya.fernsby@demo.example"},
                           {"password", "willow-copper-stone-5"},
                           {"first_name", "Maya"},
                           {"last_name", "Fernsby"},
                           {"date_of_birth", "1985-04-12"},
                           {"enrollment_code", "DEMO"}})
                 .answers(201, session_schema(), "The account is made and logged in"));
}

}  // namespace motus::api
