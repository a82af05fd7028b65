// POST /api/v1/me/instruments/{id}/responses: the body as the server reads it, its answers
// through the response reader, then scored against each built-in instrument (content/
// instruments), as api/me/instruments.cpp does for the one named in the path.
#include <cmath>
#include <cstddef>
#include <cstdint>

#include "content/load_instruments.hpp"
#include "core/assessment/input_error.hpp"
#include "core/instruments/response.hpp"
#include "fuzz_check.hpp"
#include "request_body.hpp"

namespace ins = motus::core::instruments;
using motus::fuzz::require;

namespace {
std::vector<ins::InstrumentDefinition> definitions;
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  auto load = motus::content::load_instruments(MOTUS_SOURCE_DIR "/content");
  require(load.problems.empty() && !load.instruments.empty(),
          "the built-in instruments do not load");
  definitions = std::move(load.instruments);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto body = motus::fuzz::json_request_body(motus::fuzz::as_text(data, size));
  if (!body) return 0;
  const auto answers = body->find("answers");
  if (answers == body->end() || !answers->is_array()) return 0;
  for (const auto& definition : definitions) {
    try {
      const auto response =
          ins::read_response({{"instrument", definition.id}, {"answers", *answers}});
      const auto score = ins::score_answers(definition, response.answers);
      require(std::isfinite(score.value), "a score that is not a number");
    } catch (const motus::core::assessment::InputError& error) {
      require(*error.what() != '\0', "an InputError without a message");
    }
  }
  return 0;
}
