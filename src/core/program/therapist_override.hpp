#pragma once
// A therapist's plan (care/program_override.hpp) laid over the member's program. The plan is a
// whole list: the program holds exactly the exercises the therapist listed, in their order, at
// the doses they set, so one they left out is removed and one they added is there. The engine
// does not change the therapist's plan on its own: after a session, every exercise holds (a
// step up, a step back or a swap for a variant becomes a hold that says why), and the phase
// stays where it was. Only a
// warning sign still pauses the program, because that is about safety, not about the plan.
#include "core/care/program_override.hpp"
#include "core/content/knowledge_base.hpp"
#include "core/program/program_state.hpp"

namespace motus::core::program {

// The state with the plan in force. An exercise already in the program keeps its history and
// its why; an added one gets a why that says the therapist chose it. An exercise the library no
// longer has is left out. Applying the same plan twice changes nothing more.
ProgramState apply_override(const ProgramState& state, const care::ProgramOverride& plan,
                            const KnowledgeBase& knowledge_base);

// A session's adaptation of `before` with the plan kept: the state after it counts the session
// (and any pause) but has the plan's exercises and the phase of `before`, and every change the
// engine would have made to the plan is a hold whose reason says what to do instead.
// What the member reads about a therapist's change: "Your therapist changed your plan: <note>".
std::string plan_changed_message(const std::string& note, Language language);
// What the member reads when new preferences leave the therapist's plan as it is.
std::string plan_kept_message(const std::string& therapist_name, Language language);

Adaptation keep_override(const ProgramState& before, const Adaptation& adapted,
                         const care::ProgramOverride& plan, const KnowledgeBase& knowledge_base);

}  // namespace motus::core::program
