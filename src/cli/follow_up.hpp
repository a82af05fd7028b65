#pragma once
// What `motus assess` and `motus program` share: the intake read and assessed, the assessment's
// follow-up questions (questions the intake left open that would change the answer,
// docs/api-contract.md) printed on stderr after the JSON, and with --ask each question asked on
// stderr, its answer read, and the intake assessed again with it.
#include <iosfwd>
#include <nlohmann/json.hpp>
#include <string>

#include "core/assessment/assessment.hpp"
#include "core/assessment/intake.hpp"

namespace motus::cli {

struct AssessedIntake {
  core::assessment::Intake intake;
  core::assessment::Assessment assessment;
  nlohmann::ordered_json json;  // the assessment as docs/api-contract.md spells it (with follow_up)
};

// Reads the intake from `path` (or stdin) and assesses it; UsageError naming the field for bad
// input. With `ask`, asks the follow-up questions and assesses again until none is left or a
// question goes unanswered. Answers come from stdin when the intake came from a file, else from
// the terminal (/dev/tty); with neither, nothing is asked.
AssessedIntake assess_input(const std::string& path, bool ask);

// "Questions that would change this answer:" and one line per follow-up, on `err`; nothing when
// there are none.
void print_follow_up(const nlohmann::ordered_json& assessment, std::ostream& err);

// The answer as the intake takes it: yes/no as true/false, a whole number as a number, empty as
// null ("not said"), anything else as the text.
nlohmann::json answer_value(const std::string& answer);

// The intake with `value` written at `field` (a dotted path such as leg_symptoms.side).
nlohmann::json with_answer(nlohmann::json intake, const std::string& field,
                           const nlohmann::json& value);

}  // namespace motus::cli
