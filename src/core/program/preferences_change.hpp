#pragma once
// A member changes what they can do (minutes a day, equipment, getting on the floor, kneeling)
// without answering the intake again: the program is built again by the same engine from the
// same answers with the new preferences, and every difference is said in one plain sentence
// ("About 10 minutes a day now, was 15.", "Bird dog is out: it is done kneeling."). The
// sessions done so far are kept; the new exercises start at their first level. The sentences are
// in the knowledge base's language ("Puente sale: se hace en el suelo.").
#include <optional>
#include <string>
#include <vector>

#include "core/assessment/assessment.hpp"
#include "core/assessment/intake.hpp"
#include "core/content/knowledge_base.hpp"
#include "core/program/program_state.hpp"

namespace motus::core::program {

struct PreferencesRebuild {
  ProgramState state;
  std::vector<std::string> changes;  // plain sentences; never empty
};

// nullopt when the intake gives no program (emergency or urgent). `before` is the program the
// member followed; `intake` their answers with the new preferences; `today` dates a pregnancy.
std::optional<PreferencesRebuild> rebuild_for_preferences(const ProgramState& before,
                                                          const assessment::Intake& intake,
                                                          const assessment::Assessment& assessment,
                                                          const KnowledgeBase& knowledge_base,
                                                          Day today);
// The same, with the changes said in `words`' language and names (the program is built from
// `knowledge_base`, so what is kept is in its words whatever the member reads).
std::optional<PreferencesRebuild> rebuild_for_preferences(const ProgramState& before,
                                                          const assessment::Intake& intake,
                                                          const assessment::Assessment& assessment,
                                                          const KnowledgeBase& knowledge_base,
                                                          Day today, const KnowledgeBase& words);

}  // namespace motus::core::program
