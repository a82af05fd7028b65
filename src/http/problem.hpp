#pragma once
// One error type for the HTTP layer. Handlers throw HttpError for anything a client did wrong;
// the server turns it into an RFC 9457 application/problem+json answer in exactly one place.
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

namespace motus::http {

class HttpError : public std::runtime_error {
 public:
  HttpError(int status, std::string title, std::string detail = {})
      : std::runtime_error(title),
        status_(status),
        title_(std::move(title)),
        detail_(std::move(detail)) {}
  int status() const { return status_; }
  const std::string& title() const { return title_; }
  const std::string& detail() const { return detail_; }
  // Extra members for the problem body (e.g. "errors": [{field, message}]).
  nlohmann::json extensions = nlohmann::json::object();

 private:
  int status_;
  std::string title_;
  std::string detail_;
};

inline HttpError bad_request(std::string detail) { return {400, "Bad request", std::move(detail)}; }
// A 400 naming each field at fault: detail says them all ("pain: expected ... flare: ..."),
// errors[] lists them as {field, message} for a form to show beside its fields.
struct FieldProblem {
  std::string field;
  std::string message;
};
HttpError invalid_fields(const std::vector<FieldProblem>& problems);
template <class Problems>
HttpError invalid_fields(const Problems& problems) {
  std::vector<FieldProblem> list;
  for (const auto& p : problems) list.push_back({p.field, p.message});
  return invalid_fields(list);
}

inline HttpError not_found(std::string detail = "Nothing is at this address.") {
  return {404, "Not found", std::move(detail)};
}

// The problem+json document for an error; `error_id` lets support find the log line.
nlohmann::json problem_body(int status, const std::string& title, const std::string& detail,
                            const std::string& error_id, const std::string& instance);

std::string reason_phrase(int status);

}  // namespace motus::http
