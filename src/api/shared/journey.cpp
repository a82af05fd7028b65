#include "api/shared/journey.hpp"

#include <cstdio>
#include <ctime>

#include "api/shared/access.hpp"
#include "api/shared/journey_program_cache.hpp"
#include "core/program/program_json.hpp"

namespace motus::api {

namespace {
constexpr std::int64_t kDayMs = 24LL * 60 * 60 * 1000;

std::int64_t utc_day(std::int64_t at_ms) {
  return at_ms >= 0 ? at_ms / kDayMs : (at_ms - kDayMs + 1) / kDayMs;
}
}  // namespace

const core::Caller& require_member(const http::Request& request) {
  return require_role(request, {core::Role::member});
}

store::AuditEntry member_audit(const http::Request& request, const core::Caller& caller,
                               std::string action, std::string entity, std::int64_t at) {
  return {at,
          caller.user_id,
          std::string(core::to_string(caller.role)),
          std::move(action),
          std::move(entity),
          caller.user_id,
          "allowed",
          request.request_id,
          request.client_request_id};
}

int program_day(std::int64_t started_at_ms, std::int64_t now_ms) {
  return static_cast<int>(utc_day(now_ms) - utc_day(started_at_ms));
}

std::string utc_date(std::int64_t at_ms) {
  const std::time_t seconds = static_cast<std::time_t>(utc_day(at_ms) * (kDayMs / 1000));
  std::tm parts{};
  gmtime_r(&seconds, &parts);
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", parts.tm_year + 1900, parts.tm_mon + 1,
                parts.tm_mday);
  return text;
}

http::HttpError no_program_yet() {
  return http::not_found(http::Said{
      "You do not have an exercise program yet. Please fill in the questions about your pain first "
      "(POST /api/v1/me/intake). If your answers showed a warning sign, please see a doctor "
      "first.",
      "Todavía no tienes un programa de ejercicios. Primero responde las preguntas sobre tu "
      "dolor. Si tus respuestas mostraron una señal de alarma, ve primero a un médico, por "
      "favor."});
}

core::program::ProgramState program_state(const store::ProgramRecord& program) {
  return *program_state_cache().state(program.member_id, program.state);
}

http::Response ordered_json_response(int status, const nlohmann::ordered_json& body) {
  return http::text_response(
      status, body.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace),
      "application/json");
}

}  // namespace motus::api
