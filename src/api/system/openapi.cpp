// GET /api/openapi.json: the OpenAPI 3.1 document, made from the router's own table. Each
// route's contract (http/router.hpp) gives its request body, query parameters, roles and
// answers; named schemas (http::schema::named) are listed once under components/schemas and
// referred to wherever they appear. Every operation also answers problems (4xx/5xx) as the
// shared Problem schema.
#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "api/shared/app.hpp"
#include "http/json_schema.hpp"
#include "http/path_template.hpp"

namespace motus::api {

namespace {

using Json = nlohmann::json;

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

// Replaces every named schema inside `schema` by a reference to components/schemas, listing it
// there once; two different shapes under one name are a programming error.
Json hoist(Json schema, Json& components) {
  if (schema.is_array()) {
    for (auto& item : schema) item = hoist(std::move(item), components);
    return schema;
  }
  if (!schema.is_object()) return schema;
  for (auto& [key, value] : schema.items()) {
    if (key == "enum" || key == "const" || key == "example" || key == "required") continue;
    if (key == "properties") {
      for (auto& [name, property] : value.items())
        property = hoist(std::move(property), components);
    } else {
      value = hoist(std::move(value), components);
    }
  }
  const auto title = schema.find("title");
  if (title == schema.end() || !title->is_string()) return schema;
  const std::string name = *title;
  if (components.contains(name) && components[name] != schema) {
    throw std::logic_error("openapi: two different schemas are both named " + name);
  }
  components[name] = schema;
  return {{"$ref", "#/components/schemas/" + name}};
}

Json problem_answer(const std::string& description) {
  return {
      {"description", description},
      {"content",
       {{"application/problem+json", {{"schema", {{"$ref", "#/components/schemas/Problem"}}}}}}}};
}

Json answer_json(const http::Answer& answer, Json& components) {
  Json out = {{"description", answer.description.empty() ? "Success" : answer.description}};
  if (!answer.schema.is_null()) {
    out["content"] = {{answer.content_type, {{"schema", hoist(answer.schema, components)}}}};
  }
  return out;
}

Json parameters_of(const http::Route& route) {
  Json parameters = Json::array();
  for (const auto& segment : http::split_path(route.path)) {
    if (const auto parameter = http::path_parameter(segment)) {
      parameters.push_back({{"name", parameter->name},
                            {"in", "path"},
                            {"required", true},
                            {"schema", {{"type", "string"}}}});
    }
  }
  for (const auto& name : route.query) {
    const auto schema = route.contract.query.find(name);
    parameters.push_back({{"name", name},
                          {"in", "query"},
                          {"required", false},
                          {"schema", schema == route.contract.query.end() ? Json{{"type", "string"}}
                                                                          : schema->second}});
  }
  return parameters;
}

Json operation_of(const http::Route& route, Json& components) {
  const auto& contract = route.contract;
  Json responses = Json::object();
  for (const auto& answer : contract.answers) {
    responses[std::to_string(answer.status)] = answer_json(answer, components);
  }
  if (contract.answers.empty()) responses["200"] = {{"description", "Success (not yet described)"}};
  responses["400"] = problem_answer("The request is malformed; errors[] names each field at fault");
  responses["default"] = problem_answer("An error, as RFC 9457 problem details");
  Json op = {{"summary", route.summary},
             {"tags", {route.tag}},
             {"operationId", lower(route.method) + route.path},
             {"responses", responses}};
  if (!contract.roles.empty()) op["x-roles"] = contract.roles;
  if (auto parameters = parameters_of(route); !parameters.empty()) op["parameters"] = parameters;
  if (!route.request_content_type.empty()) {
    Json media = Json::object();
    if (!contract.body.is_null()) {
      media["schema"] = hoist(contract.body, components);
    } else if (route.request_content_type.rfind("text/", 0) == 0) {
      media["schema"] = {{"type", "string"}};
    }
    if (!contract.example.is_null()) media["example"] = contract.example;
    op["requestBody"] = {{"required", true}, {"content", {{route.request_content_type, media}}}};
  }
  return op;
}

}  // namespace

Json openapi_document(const http::Router& router, const std::string& version) {
  Json components = Json::object();
  hoist(http::schema::problem(), components);
  Json paths = Json::object();
  for (const auto& route : router.routes()) {
    paths[route.path][lower(route.method)] = operation_of(route, components);
  }
  return {{"openapi", "3.1.0"},
          {"jsonSchemaDialect", "https://spec.openapis.org/oas/3.1/dialect/base"},
          {"info",
           {{"title", "Motus API"},
            {"version", version},
            {"description",
             "Exercise therapy for sacral, SI-joint and low-back pain. Education and exercise, "
             "not medical advice. Request bodies tolerate fields they do not know unless their "
             "schema says additionalProperties: false. x-roles says who may call an operation; "
             "x-message is the words a 400 gives for a field."}}},
          {"paths", paths},
          {"components", {{"schemas", components}}}};
}

}  // namespace motus::api
