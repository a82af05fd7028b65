#include <algorithm>
#include <cctype>

#include "api/shared/app.hpp"
#include "http/path_template.hpp"

namespace motus::api {

namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

nlohmann::json problem_response_ref(const std::string& description) {
  return {
      {"description", description},
      {"content",
       {{"application/problem+json", {{"schema", {{"$ref", "#/components/schemas/Problem"}}}}}}}};
}

}  // namespace

nlohmann::json openapi_document(const http::Router& router, const std::string& version) {
  nlohmann::json paths = nlohmann::json::object();
  for (const auto& route : router.routes()) {
    nlohmann::json op = {
        {"summary", route.summary},
        {"tags", {route.tag}},
        {"operationId", lower(route.method) + route.path},
        {"responses",
         {{"200", {{"description", "Success"}}},
          {"400", problem_response_ref("The request is malformed; the detail says what is wrong")},
          {"default", problem_response_ref("An error, as RFC 9457 problem details")}}}};
    nlohmann::json parameters = nlohmann::json::array();
    for (const auto& segment : http::split_path(route.path)) {
      if (const auto parameter = http::path_parameter(segment)) {
        parameters.push_back({{"name", parameter->name},
                              {"in", "path"},
                              {"required", true},
                              {"schema", {{"type", "string"}}}});
      }
    }
    for (const auto& name : route.query) {
      parameters.push_back(
          {{"name", name}, {"in", "query"}, {"required", false}, {"schema", {{"type", "string"}}}});
    }
    if (!parameters.empty()) op["parameters"] = parameters;
    if (!route.request_content_type.empty()) {
      op["requestBody"] = {{"required", true},
                           {"content", {{route.request_content_type, nlohmann::json::object()}}}};
    }
    paths[route.path][lower(route.method)] = op;
  }
  return {{"openapi", "3.1.0"},
          {"info",
           {{"title", "Motus API"},
            {"version", version},
            {"description",
             "Exercise therapy for sacral, SI-joint and low-back pain. Education and exercise, not "
             "medical advice."}}},
          {"paths", paths},
          {"components",
           {{"schemas",
             {{"Problem",
               {{"type", "object"},
                {"properties",
                 {{"type", {{"type", "string"}}},
                  {"title", {{"type", "string"}}},
                  {"status", {{"type", "integer"}}},
                  {"detail", {{"type", "string"}}},
                  {"instance", {{"type", "string"}}},
                  {"error_id", {{"type", "string"}}}}}}}}}}}};
}

}  // namespace motus::api
