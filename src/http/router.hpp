#pragma once
// A small table-driven router: each route is a method, a path template with {name} segments,
// a handler and the words that document it. The same table drives dispatch, metrics labels
// and the OpenAPI document, so documentation cannot drift from what is served.
#include <boost/asio/awaitable.hpp>
#include <functional>
#include <string>
#include <vector>

#include "http/message.hpp"

namespace motus::http {

using Handler = std::function<boost::asio::awaitable<Response>(Request&)>;

struct Route {
  std::string method;   // GET, POST, PUT, DELETE
  std::string path;     // e.g. /api/v1/care/members/{id}
  std::string summary;  // one line for the OpenAPI document
  std::string tag;      // OpenAPI grouping, e.g. "system", "content"
  Handler handler;
  std::string request_content_type = {};  // e.g. application/json, text/csv; empty: no body
  std::vector<std::string> query = {};    // documented query parameters
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
