#pragma once
// One error type for the HTTP layer. Handlers throw HttpError for anything a client did wrong;
// the server turns it into an RFC 9457 application/problem+json answer in exactly one place,
// in the request's language (the caller's stored choice, else Accept-Language, else English):
// an error a member can meet carries its Spanish detail beside the English one (Said).
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/content/language.hpp"

namespace motus::http {

// One sentence said in English and in Spanish ("tú", plain and warm). An empty `es` means the
// sentence has no Spanish (staff-only routes): the English is said in both.
struct Said {
  std::string en;
  std::string es;

  const std::string& in(core::Language language) const {
    return language == core::Language::es && !es.empty() ? es : en;
  }
};

class HttpError : public std::runtime_error {
 public:
  HttpError(int status, std::string title, std::string detail = {})
      : HttpError(status, std::move(title), Said{std::move(detail), {}}) {}
  HttpError(int status, std::string title, Said detail)
      : std::runtime_error(title),
        status_(status),
        title_(std::move(title)),
        detail_(std::move(detail)) {}
  int status() const { return status_; }
  const std::string& title() const { return title_; }
  const std::string& detail() const { return detail_.en; }
  const Said& said() const { return detail_; }
  // Extra members for the problem body (e.g. "errors": [{field, message}]).
  nlohmann::json extensions = nlohmann::json::object();
  // The same members in Spanish where they carry words (errors[].message), laid over
  // `extensions` when the answer is in Spanish.
  nlohmann::json spanish_extensions = nlohmann::json::object();

 private:
  int status_;
  std::string title_;
  Said detail_;
};

inline HttpError bad_request(std::string detail) { return {400, "Bad request", std::move(detail)}; }
inline HttpError bad_request(Said detail) { return {400, "Bad request", std::move(detail)}; }
// A 400 naming each field at fault: detail says them all ("pain: expected ... flare: ..."),
// errors[] lists them as {field, message} for a form to show beside its fields; message_es is
// the Spanish of the message (empty: the English in both).
struct FieldProblem {
  std::string field;
  std::string message;
  std::string message_es;
};
HttpError invalid_fields(const std::vector<FieldProblem>& problems);
template <class Problems>
HttpError invalid_fields(const Problems& problems) {
  std::vector<FieldProblem> list;
  for (const auto& p : problems) list.push_back({p.field, p.message, p.message_es});
  return invalid_fields(list);
}

// A 400 about one field: `detail` for the whole answer, `message` beside the field (errors[]).
HttpError field_problem(const std::string& field, Said detail, const Said& message);

inline HttpError not_found(Said detail = {"Nothing is at this address.",
                                          "Aquí no hay nada. Revisa la dirección."}) {
  return {404, "Not found", std::move(detail)};
}
inline HttpError not_found(std::string detail) { return not_found(Said{std::move(detail), {}}); }

// 401: no live session.
inline HttpError not_logged_in(Said detail = {"Log in to use this.",
                                              "Inicia sesión para usar esto."}) {
  return {401, "Not logged in", std::move(detail)};
}

// The problem+json document for an error; `error_id` lets support find the log line.
nlohmann::json problem_body(int status, const std::string& title, const std::string& detail,
                            const std::string& error_id, const std::string& instance);

// A problem title in `language`: the Spanish of the usual titles ("Bad request" -> "Solicitud
// no válida"); a title without one stays as it is.
std::string title_in(const std::string& title, core::Language language);

std::string reason_phrase(int status);

}  // namespace motus::http
