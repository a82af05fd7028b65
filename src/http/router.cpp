#include "http/router.hpp"

#include <algorithm>
#include <stdexcept>

#include "http/path_template.hpp"

namespace motus::http {

std::vector<std::string> split_path(std::string_view path) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < path.size()) {
    if (path[start] == '/') {
      ++start;
      continue;
    }
    auto end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    out.emplace_back(path.substr(start, end - start));
    start = end;
  }
  return out;
}

bool is_api_request(std::string_view route, std::string_view path) {
  const auto segments = split_path(route.empty() || route.front() != '/' ? path : route);
  return !segments.empty() && segments.front() == "api";
}

Route&& Route::for_roles(std::vector<std::string> roles) && {
  contract.roles = std::move(roles);
  return std::move(*this);
}

Route&& Route::accepts(nlohmann::json schema, nlohmann::json example) && {
  if (request_content_type.empty()) request_content_type = "application/json";
  contract.body = std::move(schema);
  contract.example = std::move(example);
  return std::move(*this);
}

Route&& Route::example_text(std::string example) && {
  contract.example = std::move(example);
  return std::move(*this);
}

Route&& Route::takes(const std::string& name, nlohmann::json schema) && {
  if (std::find(query.begin(), query.end(), name) == query.end()) query.push_back(name);
  contract.query[name] = std::move(schema);
  return std::move(*this);
}

Route&& Route::answers(int status, nlohmann::json schema, std::string description,
                       std::string content_type) && {
  contract.answers.push_back(
      {status, std::move(schema), std::move(description), std::move(content_type)});
  return std::move(*this);
}

std::optional<PathParameter> path_parameter(std::string_view segment) {
  if (segment.size() < 3 || segment.front() != '{') return std::nullopt;
  const auto close = segment.find('}');
  if (close == std::string_view::npos || close < 2) return std::nullopt;
  return PathParameter{std::string(segment.substr(1, close - 1)),
                       std::string(segment.substr(close + 1))};
}

void Router::add(Route route) {
  if (route.path.empty() || route.path.front() != '/') {
    throw std::invalid_argument("route path must start with '/': " + route.path);
  }
  for (const auto& existing : routes_) {
    if (existing.method == route.method && existing.path == route.path) {
      throw std::invalid_argument("route registered twice: " + route.method + " " + route.path);
    }
  }
  compiled_.push_back({split_path(route.path)});
  routes_.push_back(std::move(route));
}

Match Router::match(std::string_view method, std::string_view path) const {
  const auto segments = split_path(path);
  // A trailing slash names a different resource; only "/" itself is allowed to end in one.
  if (path.size() > 1 && path.back() == '/') return {};
  Match result;
  std::string allow;
  for (std::size_t i = 0; i < routes_.size(); ++i) {
    const auto& pattern = compiled_[i].segments;
    if (pattern.size() != segments.size()) continue;
    std::map<std::string, std::string> params;
    bool ok = true;
    for (std::size_t s = 0; s < pattern.size() && ok; ++s) {
      if (const auto parameter = path_parameter(pattern[s])) {
        const auto& segment = segments[s];
        const auto& suffix = parameter->suffix;
        ok = segment.size() > suffix.size() &&
             segment.compare(segment.size() - suffix.size(), suffix.size(), suffix) == 0;
        if (ok) params[parameter->name] = segment.substr(0, segment.size() - suffix.size());
      } else {
        ok = pattern[s] == segments[s];
      }
    }
    if (!ok) continue;
    const bool method_ok =
        routes_[i].method == method || (method == "HEAD" && routes_[i].method == "GET");
    if (method_ok) {
      // Literal segments beat parameters: prefer the route with fewer parameters.
      if (result.kind != MatchKind::found || params.size() < result.params.size()) {
        result.kind = MatchKind::found;
        result.route = &routes_[i];
        result.params = std::move(params);
      }
    } else {
      if (!allow.empty()) allow += ", ";
      allow += routes_[i].method;
    }
  }
  if (result.kind == MatchKind::found) return result;
  if (!allow.empty()) {
    result.kind = MatchKind::wrong_method;
    result.allow = allow;
  }
  return result;
}

}  // namespace motus::http
