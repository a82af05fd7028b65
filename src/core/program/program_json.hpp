#pragma once
// The JSON mapping of programs, program state, session feedback and adaptations. The program
// object uses docs/api-contract.md's names exactly; the state is what the API stores between
// sessions. Reading is strict: a missing or wrong field is an InputError naming it.
#include <nlohmann/json.hpp>

#include "core/assessment/input_error.hpp"
#include "core/program/program.hpp"
#include "core/program/program_state.hpp"

namespace motus::core::program {

// { phase, minutes, exercises: [{ exercise_id, sets, reps, hold_seconds, sides, rest_seconds,
//   dose_words, why }], tips }; a timed exercise (walking) also carries its `minutes`; the dose
// words in the program's language.
nlohmann::ordered_json to_json(const Program& program);
// A dose on its own: {sets, reps, hold_seconds, minutes (when > 0), sides, rest_seconds,
// dose_words}, dose_words as dose_words.hpp says it (each program exercise carries it too).
nlohmann::ordered_json to_json(const Dosage& dose, Language language = Language::en);

nlohmann::ordered_json to_json(const ProgramState& state);
ProgramState state_from_json(const nlohmann::json& value);

// { pain_before, pain_after: 0–10, next_morning_pain?: 0–10,
//   exercises: [{ exercise_id, done?, pain: 0–10, difficulty: easy|right|hard }],
//   red_flags?: { <red flag>: bool } }
SessionFeedback feedback_from_json(const nlohmann::json& value);

// { changes: [{ exercise_id, action, reason }] }; a whole-program change has no exercise_id.
nlohmann::ordered_json to_json(const std::vector<Change>& changes);

}  // namespace motus::core::program
