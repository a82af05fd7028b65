#include "api/shared/account_fields.hpp"

#include "core/access/identity.hpp"
#include "core/care/contact.hpp"
#include "http/json_schema.hpp"
#include "http/session_middleware.hpp"

namespace motus::api {

std::string required_text(const nlohmann::json& body, const std::string& name) {
  const auto it = body.find(name);
  if (it == body.end() || !it->is_string() || it->get<std::string>().empty()) {
    throw http::field_problem(name,
                              {"Please fill in " + name + ".", "Rellena " + name + ", por favor."},
                              {"This is needed.", "Este dato hace falta."});
  }
  return it->get<std::string>();
}

std::string optional_text(const nlohmann::json& body, const std::string& name) {
  const auto it = body.find(name);
  if (it == body.end() || it->is_null()) return {};
  if (!it->is_string()) {
    throw http::bad_request(http::Said{name + " must be text.", name + " tiene que ser un texto."});
  }
  return it->get<std::string>();
}

bool optional_flag(const nlohmann::json& body, const std::string& name) {
  const auto it = body.find(name);
  if (it == body.end() || it->is_null()) return false;
  if (!it->is_boolean()) {
    throw http::field_problem(
        name, {name + " must be true or false.", name + " tiene que ser true o false."},
        {"Use true or false.", "Usa true o false."});
  }
  return it->get<bool>();
}

std::string email_field(const nlohmann::json& body) {
  auto email = core::normalise_email(required_text(body, "email"));
  const auto at = email.find('@');
  if (at == std::string::npos || at == 0 || at + 1 == email.size() ||
      email.find(' ') != std::string::npos || email.size() > 254) {
    throw http::field_problem(
        "email",
        {"This email address does not look right.", "Este correo electrónico no parece correcto."},
        {"Write it like name@example.com.", "Escríbelo así: nombre@ejemplo.com."});
  }
  return email;
}

http::HttpError password_refused(const core::PasswordProblem& problem, const std::string& field) {
  http::HttpError error(400, "Password not accepted",
                        http::Said{problem.message, problem.message_es});
  error.extensions["errors"] = {{{"field", field}, {"message", problem.message}}};
  error.spanish_extensions["errors"] = {{{"field", field}, {"message", problem.message_es}}};
  error.extensions["rule"] = problem.code;
  return error;
}

void require_acceptable_password(const std::string& password, const std::string& email,
                                 const std::string& field) {
  if (auto problem = core::check_password(password, email)) throw password_refused(*problem, field);
}

namespace {

std::string contact_text(const nlohmann::json& body, const std::string& name) {
  const auto it = body.find(name);
  if (it == body.end() || it->is_null()) return {};
  if (!it->is_string()) {
    throw http::field_problem(name, {name + " must be text.", name + " tiene que ser un texto."},
                              {"Please write it as text.", "Escríbelo como texto, por favor."});
  }
  return core::care::trimmed(it->get<std::string>());
}

}  // namespace

ContactFields contact_fields(const nlohmann::json& body) {
  ContactFields contact{contact_text(body, "phone"), contact_text(body, "call_time")};
  auto problem = core::care::phone_problem(contact.phone);
  if (!problem) problem = core::care::call_time_problem(contact.call_time);
  if (problem) {
    const http::Said message{problem->message, problem->message_es};
    throw http::field_problem(problem->field, message, message);
  }
  return contact;
}

nlohmann::json account_json(const store::User& user) {
  nlohmann::json out = {{"id", user.id},
                        {"email", user.email},
                        {"role", core::to_string(user.role)},
                        {"first_name", user.first_name},
                        {"last_name", user.last_name},
                        {"organization_id", nullptr}};
  if (!user.organization_id.empty()) out["organization_id"] = user.organization_id;
  if (!user.date_of_birth.empty()) out["date_of_birth"] = user.date_of_birth;
  out["must_change_password"] = user.must_change_password;
  if (user.role == core::Role::member) {
    out["phone"] = user.phone.empty() ? nlohmann::json(nullptr) : nlohmann::json(user.phone);
    out["call_time"] =
        user.call_time.empty() ? nlohmann::json(nullptr) : nlohmann::json(user.call_time);
  }
  out["email_verified"] = user.email_verified_at.has_value();
  return out;
}

nlohmann::json account_schema() {
  namespace s = http::schema;
  return s::named("Account",
                  s::object({{"id", s::text()},
                             {"email", s::text()},
                             {"role", s::words({"member", "therapist", "org_admin", "admin"})},
                             {"first_name", s::text()},
                             {"last_name", s::text()},
                             {"organization_id", s::nullable(s::text())},
                             {"date_of_birth?", s::text()},
                             {"must_change_password?", s::yes_no()},
                             {"phone?", s::nullable(s::text())},
                             {"call_time?", s::nullable(s::text())}}));
}

nlohmann::json session_schema() {
  namespace s = http::schema;
  return s::named("Session", s::object({{"account", account_schema()}, {"token?", s::text()}}));
}

http::HttpError already_enrolled() {
  auto error = http::HttpError(
      409, "Already enrolled",
      http::Said{
          "You already have a Motus account through your employer or health plan. Please "
          "log in with the email you signed up with, or ask your sponsor for help if you "
          "cannot.",
          "Ya tienes una cuenta de Motus a través de tu empleador o tu plan de salud. Inicia "
          "sesión con el correo con el que te registraste o, si no puedes, pide ayuda a "
          "quien te la ofrece."});
  error.extensions["code"] = "already_enrolled";
  return error;
}

http::Response no_content_response() {
  return http::Response{http::beast_http::status::no_content, 11};
}

http::Response session_response(int status, nlohmann::json body, const std::string& token,
                                bool include_token) {
  if (include_token) body["token"] = token;
  auto response = http::json_response(status, body);
  response.set(http::beast_http::field::set_cookie, http::session_cookie(token));
  return response;
}

}  // namespace motus::api
