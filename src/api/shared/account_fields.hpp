#pragma once
// What the account routes (sign-up, login, me, staff) share: reading their JSON fields, the
// account as JSON, a refused password as a 400 that names the rule, and a response that
// starts a session.
#include <nlohmann/json.hpp>
#include <string>

#include "core/access/password_rules.hpp"
#include "http/message.hpp"
#include "http/problem.hpp"
#include "http/router.hpp"
#include "store/user_repository.hpp"

namespace motus::api {

// The string field `name` of `body`; a 400 naming it when missing, empty or not a string.
std::string required_text(const nlohmann::json& body, const std::string& name);
// The string field `name`, or "" when absent; a 400 when present but not a string.
std::string optional_text(const nlohmann::json& body, const std::string& name);
// The true/false field `name`, false when absent; a 400 naming it when present but not true or
// false (read before any work, so a bad flag never answers after a session is written).
bool optional_flag(const nlohmann::json& body, const std::string& name);
// A normalised email, or a 400 when it does not look like one.
std::string email_field(const nlohmann::json& body);

// 400 with `rule` (e.g. "password_too_short") and the rule's own plain words.
http::HttpError password_refused(const core::PasswordProblem& problem,
                                 const std::string& field = "password");
// Refuses `password` for the account with `email` (400) unless the rules accept it.
void require_acceptable_password(const std::string& password, const std::string& email,
                                 const std::string& field = "password");

nlohmann::json account_json(const store::User& user);
// The schema of account_json's answer, and of {account, token?} as a session starts.
nlohmann::json account_schema();
nlohmann::json session_schema();

// A member's optional phone number and safe time to call (core/care/contact.hpp), trimmed;
// absent, null or "" is "not given". A 400 naming the field when either is not usable.
struct ContactFields {
  std::string phone;
  std::string call_time;
};
ContactFields contact_fields(const nlohmann::json& body);

// 409 for a person on a roster who already has their one member account (store: enrollments),
// answered by sign-up and by the eligibility check alike.
http::HttpError already_enrolled();

// A JSON response that carries the session cookie; API clients that asked for it (body
// {"bearer": true}) also get the token to send as `Authorization: Bearer`.
// 204 with no body.
http::Response no_content_response();

http::Response session_response(int status, nlohmann::json body, const std::string& token,
                                bool include_token);

struct App;
// POST /api/v1/auth/signup (auth_signup.cpp); add_auth_routes registers it with login and logout.
void add_auth_signup_route(http::Router& router, App& app);

}  // namespace motus::api
