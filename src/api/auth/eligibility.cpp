// POST /api/v1/eligibility/check: may this person join, and through which sponsor? Anyone may
// ask (it comes before sign-up), so each address gets a few roster checks per window (shared with
// sign-up, roster_check_limit.hpp), every check is audited, and a "no" is the same answer
// whichever field was wrong.
#include "api/shared/account_fields.hpp"
#include "api/shared/app.hpp"
#include "api/shared/roster_check_limit.hpp"
#include "core/access/identity.hpp"
#include "http/db_await.hpp"
#include "http/problem.hpp"
#include "store/audit_log.hpp"
#include "store/organization_repository.hpp"
#include "store/roster_repository.hpp"

namespace motus::api {

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

// The body's fields are checked against the route's schema first (strict: an unknown field is
// refused, naming it).
core::Identity identity_from(const nlohmann::json& body) {
  core::Identity identity{required_text(body, "first_name"), required_text(body, "last_name"),
                          required_text(body, "date_of_birth"), optional_text(body, "email"),
                          optional_text(body, "enrollment_code")};
  if (!core::valid_date(core::normalise_name(identity.date_of_birth))) {
    throw http::field_problem(
        "date_of_birth",
        {"Write the date of birth as YYYY-MM-DD, for example 1980-03-25.",
         "Escribe la fecha de nacimiento como AAAA-MM-DD, por ejemplo 1980-03-25."},
        {"Write it as YYYY-MM-DD.", "Escríbela como AAAA-MM-DD."});
  }
  if (core::normalise_email(identity.email).empty() &&
      core::normalise_name(identity.enrollment_code).empty()) {
    throw http::field_problem(
        "email",
        {"Give your email or the enrollment code from your employer or health plan.",
         "Escribe tu correo o el código de inscripción de tu empleador o tu plan de salud."},
        {"Give an email or an enrollment code.", "Escribe un correo o un código de inscripción."});
  }
  return identity;
}

struct CheckOutcome {
  core::CheckDecision decision;
  std::optional<std::string> organization_name;
  bool enrolled = false;  // this person already has their member account
};

}  // namespace

void add_eligibility_routes(http::Router& router, App& app) {
  namespace s = http::schema;
  router.add(http::Route{
      "POST", "/api/v1/eligibility/check",
      "Is this person on a sponsor's roster? Name and date of birth must match, plus the email "
      "or the enrollment code. 403 when not, whichever field differs; 409 when this person "
      "already has their account; 429 after too many checks from one address.",
      "eligibility",
      [&app](Request& request) -> asio::awaitable<Response> {
        const auto identity = identity_from(request.json_body());
        const auto now = app.clock.now_ms();
        CheckOutcome outcome;
        co_await http::durable_write(app.db, [&](store::Connection& c) {
          outcome = {count_roster_check(c, request, now), std::nullopt};
          std::string result = "denied";
          if (outcome.decision.allowed) {
            if (auto id = store::find_eligible_organization(c, identity)) {
              outcome.organization_name = store::find_organization(c, *id)->name;
              outcome.enrolled =
                  store::find_enrolled_member(c, core::enrollment_key(*id, identity)).has_value();
              result = outcome.enrolled ? "denied" : "allowed";
            }
          }
          const std::string action =
              outcome.decision.allowed ? "eligibility_check" : "eligibility_limited";
          store::append_audit(c, {now, "", "", action, "roster", "", result, request.request_id,
                                  request.client_request_id});
        });
        if (!outcome.decision.allowed) co_return too_many_roster_checks(request, outcome.decision);
        if (!outcome.organization_name) {
          throw http::HttpError(
              403, "Not on a roster",
              http::Said{"We could not find you on a sponsor's list. Check that your name, date "
                         "of birth and email or enrollment code are written the way your "
                         "employer or health plan has them, or ask them to add you.",
                         "No te encontramos en la lista de quien te ofrece Motus. Revisa que tu "
                         "nombre, tu fecha de nacimiento y tu correo o código de inscripción "
                         "estén escritos como los tiene tu empleador o tu plan de salud, o "
                         "pídeles que te añadan."});
        }
        if (outcome.enrolled) throw already_enrolled();
        const nlohmann::json body = {{"eligible", true},
                                     {"organization", *outcome.organization_name}};
        auto response = http::json_response(200, body);
        co_return response;
      }}.for_roles({"public"})
                 .accepts(s::strict_object({{"first_name", s::filled()},
                                            {"last_name", s::filled()},
                                            {"date_of_birth", s::filled()},
                                            {"email?", s::nullable(s::text())},
                                            {"enrollment_code?", s::nullable(s::text())}}),
                          {{"first_name", "Maya"},
                           {"last_name", "Fernsby"},
                           {"date_of_birth", "1985-04-12"},
                           {"enrollment_code", "DEMO"}})
                 .answers(200,
                          s::object({{"eligible", s::yes_no()}, {"organization", s::text()}})));
}

}  // namespace motus::api
