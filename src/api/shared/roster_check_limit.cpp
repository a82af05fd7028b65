#include "api/shared/roster_check_limit.hpp"

#include "http/pipeline.hpp"
#include "store/roster_check_window.hpp"

namespace motus::api {

namespace {
const core::EligibilityLimit kLimit{};
}  // namespace

core::CheckDecision count_roster_check(store::Connection& connection, const http::Request& request,
                                       std::int64_t now_ms) {
  return store::count_eligibility_check(connection, request.address_key(), now_ms, kLimit);
}

http::Response too_many_roster_checks(const http::Request& request,
                                      const core::CheckDecision& decision) {
  auto response = http::problem_response(
      429, "Too many checks",
      http::Said{"There have been too many sign-up checks from your network. Please wait a while "
                 "and try again.",
                 "Se han hecho demasiadas comprobaciones de registro desde tu red. Espera un rato "
                 "y vuelve a intentarlo."},
      request);
  response.set(http::beast_http::field::retry_after, std::to_string(decision.retry_after_seconds));
  return response;
}

}  // namespace motus::api
