#pragma once
// A small table-driven router: each route is a method, a path template with {name} segments,
// a handler and the words that document it. The same table drives dispatch, metrics labels
// and the OpenAPI document, so documentation cannot drift from what is served.
//
// Each route also carries its contract (docs/api-schemas.md), written next to its handler:
//   router.add(http::Route{"POST", "/api/v1/me/checkins", "A quick check-in.", "journey",
//                          handler, "application/json"}
//                  .for_roles({"member"})
//                  .accepts(checkin_body(), {{"pain", 3}, {"flare", false}})
//                  .answers(201, checkin_answer()));
// The body schema is checked before the handler reads the body (Request::json_body), the
// contract is served in /api/openapi.json, and tests/api/contract_drift_test.cpp sends each
// route's example as its role and checks the answer against the documented schema; a route
// without a contract fails that test by name.
#include <boost/asio/awaitable.hpp>
#include <functional>
#include <string>
#include <vector>

#include "http/message.hpp"

namespace motus::http {

using Handler = std::function<boost::asio::awaitable<Response>(Request&)>;

// One documented answer of a route: its status, what it means and the schema of its body (null
// for an answer without one, such as 204; a {"type": "string"} schema for a text body).
struct Answer {
  int status = 200;
  nlohmann::json schema;
  std::string description;
  std::string content_type = "application/json";
};

// What a route takes and gives, as JSON Schema (http/json_schema.hpp builds them).
struct Contract {
  std::vector<std::string> roles;  // who may call it: public, member, therapist, org_admin, admin
  nlohmann::json body;             // the JSON request body's schema; null: no JSON body
  nlohmann::json example;          // a request body that succeeds (text for a non-JSON body)
  std::map<std::string, nlohmann::json> query;  // schemas of the query parameters, by name
  std::vector<Answer> answers;                  // the successful answers; problems are implied
};

struct Route {
  std::string method;   // GET, POST, PUT, DELETE
  std::string path;     // e.g. /api/v1/care/members/{id}
  std::string summary;  // one line for the OpenAPI document
  std::string tag;      // OpenAPI grouping, e.g. "system", "content"
  Handler handler;
  std::string request_content_type = {};  // e.g. application/json, text/csv; empty: no body
  std::vector<std::string> query = {};    // documented query parameters
  Contract contract = {};

  // Who may call the route ("public" for anyone, else the roles that get an answer).
  Route&& for_roles(std::vector<std::string> roles) &&;
  // The JSON body's schema and an example of a body that is accepted.
  Route&& accepts(nlohmann::json schema, nlohmann::json example) &&;
  // An example for a body that is not JSON (e.g. a CSV roster).
  Route&& example_text(std::string example) &&;
  // A query parameter's schema (its name is also listed in `query`).
  Route&& takes(const std::string& name, nlohmann::json schema) &&;
  // A successful answer and its body's schema.
  Route&& answers(int status, nlohmann::json schema, std::string description = "Success",
                  std::string content_type = "application/json") &&;
};

enum class MatchKind { found, wrong_method, none };

struct Match {
  MatchKind kind = MatchKind::none;
  const Route* route = nullptr;
  std::map<std::string, std::string> params;
  std::string allow;  // for wrong_method: the methods the path does accept
};

class Router {
 public:
  void add(Route route);
  Match match(std::string_view method, std::string_view path) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  struct Compiled {
    std::vector<std::string> segments;  // "{id}" marks a parameter
  };
  std::vector<Route> routes_;
  std::vector<Compiled> compiled_;
};

// Splits "/a/b/c" into {"a","b","c"}; an empty path or "/" gives no segments.
std::vector<std::string> split_path(std::string_view path);

// Whether a request is for the API, decided as the router reads paths: by the matched route's
// template when there is one, else by the path's first segment (so "//api/v1/me" is the API
// too, as the router matches it there), never by the raw text's prefix.
bool is_api_request(std::string_view route, std::string_view path);

}  // namespace motus::http
