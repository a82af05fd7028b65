// POST /api/v1/me/intake and the flare check: the body text → the strict readers → the
// assessment. Every input either assesses or is an InputError naming the field.
#include <cstddef>
#include <cstdint>

#include "core/assessment/assessment_json.hpp"
#include "fuzz_check.hpp"
#include "request_body.hpp"

namespace a = motus::core::assessment;
using motus::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto text = motus::fuzz::as_text(data, size);
  try {
    const auto intake = a::parse_intake(text);
    const auto assessment = a::assess(intake);
    require(!a::to_json(assessment).dump().empty(), "an assessment with no JSON");
  } catch (const a::InputError& error) {
    require(*error.what() != '\0', "an InputError without a message");
  }
  try {
    const auto check = a::parse_flare_check(text);
    require(check.pain_now >= 0 && check.pain_now <= 10, "pain_now out of 0-10 after reading");
    (void)a::to_json(a::recheck(check)).dump();
  } catch (const a::InputError& error) {
    require(*error.what() != '\0', "an InputError without a message");
  }
  return 0;
}
