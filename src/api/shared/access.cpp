#include "api/shared/access.hpp"

#include <algorithm>

#include "http/problem.hpp"

namespace motus::api {

const core::Caller& require_role(const http::Request& request,
                                 std::initializer_list<core::Role> allowed,
                                 DuringEnrolment during_enrolment) {
  if (!request.caller) throw http::not_logged_in();
  if (request.caller->enrolment_only && during_enrolment == DuringEnrolment::refused) {
    http::HttpError error(403, "Set up two-step login first",
                          "Your clinic asks every staff account to use a code from an "
                          "authenticator app when logging in. Set it up first; then everything "
                          "else opens.");
    error.extensions["code"] = "second_factor_enrolment_required";
    throw error;
  }
  if (std::find(allowed.begin(), allowed.end(), request.caller->role) == allowed.end()) {
    throw http::HttpError(
        403, "Forbidden",
        http::Said{"Your account cannot do this.", "Tu cuenta no puede hacer esto."});
  }
  return *request.caller;
}

}  // namespace motus::api
