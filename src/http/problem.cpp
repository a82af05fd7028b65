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

std::string reason_phrase(int status) {
  return std::string(
      boost::beast::http::obsolete_reason(static_cast<boost::beast::http::status>(status)));
}

}  // namespace motus::http
