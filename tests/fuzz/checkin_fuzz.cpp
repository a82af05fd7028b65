// POST /api/v1/me/checkins: the body as the server reads it, then its flare_check answers
// through the same reader and re-screen as the check-in handler (api/me/checkins.cpp).
#include <cstddef>
#include <cstdint>

#include "core/assessment/assessment_json.hpp"
#include "fuzz_check.hpp"
#include "request_body.hpp"

namespace a = motus::core::assessment;
using motus::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto body = motus::fuzz::json_request_body(motus::fuzz::as_text(data, size));
  if (!body) return 0;
  const auto check = body->find("flare_check");
  if (check == body->end() || !check->is_object()) return 0;
  auto answers = *check;
  if (!answers.contains("pain_now")) answers["pain_now"] = 5;
  try {
    const auto outcome = a::recheck(a::flare_check_from_json(answers));
    require(!outcome.reasons.empty() || outcome.tier == a::Tier::self_care,
            "a tier above self-care with no reason");
    (void)a::to_json(outcome).dump();
  } catch (const a::InputError& error) {
    require(*error.what() != '\0', "an InputError without a message");
  }
  return 0;
}
