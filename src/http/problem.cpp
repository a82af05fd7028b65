#include "http/problem.hpp"

#include <boost/beast/http/status.hpp>

namespace motus::http {

nlohmann::json problem_body(int status, const std::string& title, const std::string& detail,
                            const std::string& error_id, const std::string& instance) {
  nlohmann::json body = {
      {"type", "about:blank"}, {"title", title}, {"status", status}, {"error_id", error_id}};
  if (!detail.empty()) body["detail"] = detail;
  if (!instance.empty()) body["instance"] = instance;
  return body;
}

HttpError invalid_fields(const std::vector<FieldProblem>& problems) {
  std::string detail;
  nlohmann::json errors = nlohmann::json::array();
  for (const auto& problem : problems) {
    if (!detail.empty()) detail += " ";
    detail += problem.field.empty() ? problem.message : problem.field + ": " + problem.message;
    errors.push_back({{"field", problem.field}, {"message", problem.message}});
  }
  auto error = bad_request(detail);
  error.extensions["errors"] = std::move(errors);
  return error;
}

std::string reason_phrase(int status) {
  return std::string(
      boost::beast::http::obsolete_reason(static_cast<boost::beast::http::status>(status)));
}

}  // namespace motus::http
