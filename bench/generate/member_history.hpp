#pragma once
// One member and everything they own: account, roster line, live session, care assignment,
// intake and program, and the window's sessions, check-ins, program levels, and now and then
// a care flag, a message to the care team or a clinical note.
#include <cstdint>

#include "batch.hpp"
#include "journey_templates.hpp"
#include "plan.hpp"
#include "token_files.hpp"

namespace motus::bench {

struct MemberShares {
  double flagged = 0.01;       // intake screened emergency/urgent: no program, an open care flag
  double messaging = 0.05;     // wrote to the care team, not read yet
  double with_note = 0.03;     // the therapist wrote a clinical note
  double not_enrolled = 0.10;  // roster lines of people who have not signed up (per member)
};

void add_member(Batch& batch, const GenerationPlan& plan, const Journeys& journeys,
                std::int64_t member, TokenFiles& tokens, const MemberShares& shares = {});

}  // namespace motus::bench
