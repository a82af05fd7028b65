#include "api/shared/access.hpp"

#include <algorithm>

#include "http/problem.hpp"

namespace motus::api {

const core::Caller& require_role(const http::Request& request,
                                 std::initializer_list<core::Role> allowed,
                                 DuringEnrolment during_enrolment) {
  if (!request.caller) throw http::HttpError(401, "Not logged in", "Log in to use this.");
  if (request.caller->enrolment_only && during_enrolment == DuringEnrolment::refused) {
    http::HttpError error(403, "Set up two-step login first",
                          "Your clinic asks every staff account to use a code from an "
                          "authenticator app when logging in. Set it up first; then everything "
                          "else opens.");
    error.extensions["code"] = "second_factor_enrolment_required";
    throw error;
  }
  if (std::find(allowed.begin(), allowed.end(), request.caller->role) == allowed.end()) {
    throw http::HttpError(403, "Forbidden", "Your account cannot do this.");
  }
  return *request.caller;
}

}  // namespace motus::api
