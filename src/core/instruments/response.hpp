#pragma once
// What a person answered on one instrument, and what the engine made of it.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/instruments/instrument.hpp"

namespace motus::core::instruments {

struct Answer {
  std::string item_id;
  int value = 0;
  std::optional<std::string> named;  // the person's own words for an item they name (PSFS)
};

struct SubscaleScore {
  std::string id;
  double value = 0;
};

struct InstrumentScore {
  double value = 0;
  int answered = 0;
  std::optional<Band> band;
  std::vector<SubscaleScore> subscales;  // in the definition's order; one left out when too few
                                         // of its items were answered
  const SubscaleScore* subscale(std::string_view id) const;
};

// A filled-in questionnaire as the journey stores it.
struct InstrumentResponse {
  std::string instrument_id;
  std::int64_t answered_at_ms = 0;  // epoch milliseconds, given by the caller
  std::vector<Answer> answers;
};

// `{"instrument": "nprs", "answered_at_ms": 1700000000000, "answers": [{"item": "pain",
// "value": 4}]}` with field-named InputErrors; the answers are checked against a definition
// only when scored.
InstrumentResponse read_response(const nlohmann::json& document);

// The score of a set of answers. Throws assessment::InputError naming the answer at fault: an
// unknown item, a value the item does not offer, an item answered twice, a person-named item
// without its words, or fewer answers than the definition needs.
InstrumentScore score_answers(const InstrumentDefinition& definition,
                              const std::vector<Answer>& answers);

}  // namespace motus::core::instruments
