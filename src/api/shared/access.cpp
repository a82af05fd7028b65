#include "api/shared/access.hpp"

#include <algorithm>

#include "http/problem.hpp"

namespace motus::api {

const core::Caller& require_role(const http::Request& request,
                                 std::initializer_list<core::Role> allowed) {
  if (!request.caller) throw http::HttpError(401, "Not logged in", "Log in to use this.");
  if (std::find(allowed.begin(), allowed.end(), request.caller->role) == allowed.end()) {
    throw http::HttpError(403, "Forbidden", "Your account cannot do this.");
  }
  return *request.caller;
}

}  // namespace motus::api
