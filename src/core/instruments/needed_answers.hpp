#pragma once
// Which questions must be answered before a response is scored: every question the rule
// counts, unless the definition sets `min_answered` (content/instruments/README.md). A PHQ-9 of
// 8 answers is not a PHQ-9; a PSFS names 3 to 5 activities (min_answered: 3); an ODI may leave
// sections out by Fairbank's rule, as many as the deployment's min_answered allows.
#include <vector>

#include "core/instruments/response.hpp"

namespace motus::core::instruments {

// Throws assessment::InputError naming the first question left out when too few are answered.
void require_needed_answers(const InstrumentDefinition& definition,
                            const std::vector<Answer>& answers);

}  // namespace motus::core::instruments
