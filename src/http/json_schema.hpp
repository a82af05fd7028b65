#pragma once
// The API's contract as JSON Schema (2020-12, as OpenAPI 3.1 uses it): small builders that routes
// use to describe their request bodies, query parameters and answers next to their handlers, and
// one validator that checks a value against such a schema. The same schema validates a request
// body before the handler reads it (Request::json_body), is served in /api/openapi.json, and
// checks the handlers' answers in the drift test (tests/api/contract_drift_test.cpp).
//
// Conventions (docs/api-schemas.md):
// - object({{"pain", whole(0, 10)}, {"notes?", text(0, 2000)}}): a name ending in "?" is
//   optional; every other property is required. Unknown properties are tolerated; a strict
//   object (strict_object) refuses them.
// - said(schema, "expected ...", "se espera ...") sets the message a 400 gives for that field
//   ("x-message"), and its Spanish ("x-message-es").
// - named("Checkin", schema) names a shape: the OpenAPI document lists it once under
//   components/schemas and refers to it, and the web app's generated types call it by that name.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

namespace motus::http::schema {

using Json = nlohmann::json;

Json text();
Json text(std::size_t min_length, std::size_t max_length);
Json filled();  // text that is not empty
Json whole();   // an integer
Json whole(std::int64_t minimum, std::int64_t maximum);
Json whole_from(std::int64_t minimum);
Json number();
Json yes_no();
Json words(std::vector<std::string> allowed);  // one of these strings
Json list(Json items);
Json object(std::vector<std::pair<std::string, Json>> properties);
Json strict_object(std::vector<std::pair<std::string, Json>> properties);
Json map_of(Json values);  // an object whose every value is `values`
Json any();                // any JSON value
Json nullable(Json schema);
Json any_of(std::vector<Json> choices);
Json named(std::string name, Json schema);
Json said(Json schema, std::string message, std::string spanish = {});
// The RFC 9457 problem every 4xx and 5xx answers with; errors[] names the fields at fault.
Json problem();

// One thing wrong with a value: the field as a path ("flare_check.pain_now", "exercises[0].sets";
// empty for the value itself) and what is wrong, in words a client can show: in English, and in
// Spanish for a member whose language is Spanish (the same rule in "tú": "se espera un número
// entero del 0 al 10.").
struct Violation {
  std::string field;
  std::string message;
  std::string message_es;
};

// Everything wrong with `value` under `schema`. "$ref"s ("#/components/schemas/X") are looked up
// in `root` (the whole OpenAPI document); a schema without refs needs no root.
std::vector<Violation> validate(const Json& schema, const Json& value, const Json& root = nullptr);

}  // namespace motus::http::schema
