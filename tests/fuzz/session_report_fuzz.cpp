// POST /api/v1/me/sessions: the body as the server reads it, kept as text for the record, then
// the flare check and the session feedback through their readers (api/me/sessions.cpp).
#include <cstddef>
#include <cstdint>

#include "core/assessment/assessment_json.hpp"
#include "core/program/program_json.hpp"
#include "fuzz_check.hpp"
#include "request_body.hpp"

namespace a = motus::core::assessment;
namespace p = motus::core::program;
using motus::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto body = motus::fuzz::json_request_body(motus::fuzz::as_text(data, size));
  if (!body) return 0;
  const auto record = body->dump();
  require(!record.empty(), "a body kept as no text");
  body->erase("client_id");
  if (const auto check = body->find("flare_check"); check != body->end()) {
    try {
      (void)a::recheck(a::flare_check_from_json(*check));
    } catch (const a::InputError& error) {
      require(*error.what() != '\0', "an InputError without a message");
    }
    body->erase("flare_check");
  }
  try {
    const auto feedback = p::feedback_from_json(*body);
    require(feedback.pain_before >= 0 && feedback.pain_before <= 10, "pain_before out of 0-10");
    require(feedback.pain_after >= 0 && feedback.pain_after <= 10, "pain_after out of 0-10");
  } catch (const a::InputError& error) {
    require(*error.what() != '\0', "an InputError without a message");
  }
  return 0;
}
