#pragma once
// The organizations (each with an enrollment code and one org admin) and the therapists the
// members are assigned to, each therapist with a live session for the load script.
#include "batch.hpp"
#include "plan.hpp"
#include "token_files.hpp"

namespace motus::bench {

void add_organizations(Batch& batch, const GenerationPlan& plan);
void add_therapists(Batch& batch, const GenerationPlan& plan, TokenFiles& tokens);

}  // namespace motus::bench
