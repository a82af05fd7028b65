#include "cli/follow_up.hpp"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iostream>
#include <istream>
#include <optional>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/input.hpp"
#include "core/assessment/assessment_json.hpp"

namespace motus::cli {
namespace {

namespace assessment = core::assessment;

// At most this many rounds of questions: each round answers what the last result asked.
constexpr int kMostRounds = 4;

AssessedIntake assess_json(const nlohmann::json& intake) {
  try {
    AssessedIntake out;
    out.intake = assessment::intake_from_json(intake);
    out.assessment = assessment::assess(out.intake);
    out.json = assessment::to_json(out.assessment);
    return out;
  } catch (const assessment::InputError& e) {
    throw UsageError(e.what());
  }
}

nlohmann::ordered_json follow_ups(const nlohmann::ordered_json& assessment) {
  const auto list = assessment.find("follow_up");
  return list != assessment.end() && list->is_array() ? *list : nlohmann::ordered_json::array();
}

// What kind of answer the question takes, shown after it.
std::string answer_hint(const std::string& field) {
  if (field.starts_with("red_flags.")) return "yes/no";
  if (field == "leg_symptoms.side") return "left/right/both";
  if (field == "onset") return "sudden/gradual";
  if (field.ends_with("weeks") || field.starts_with("weeks_")) return "a whole number of weeks";
  return "your answer";
}

std::string trimmed_lower(std::string text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  text = text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
  std::ranges::transform(text, text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

// Asks each question once; returns the intake with the answers given, or nothing when no
// question got an answer.
// `echo`: the answers do not come from a terminal, so they are written after the question.
std::optional<nlohmann::json> ask_round(const nlohmann::ordered_json& questions,
                                        nlohmann::json intake, std::istream& in, bool echo,
                                        std::ostream& err) {
  bool answered = false;
  for (const auto& question : questions) {
    const std::string field = question.value("field", "");
    err << question.value("question", field) << " [" << answer_hint(field) << "] " << std::flush;
    std::string line;
    if (!std::getline(in, line)) {
      err << "\n(no answer: left as not said)\n";
      break;
    }
    if (echo) err << line << '\n';
    const nlohmann::json value = answer_value(line);
    if (value.is_null()) continue;
    nlohmann::json tried = with_answer(intake, field, value);
    try {
      (void)assessment::intake_from_json(tried);
    } catch (const assessment::InputError& e) {
      err << "That answer was not used: " << e.what() << '\n';
      continue;
    }
    intake = std::move(tried);
    answered = true;
  }
  if (!answered) return std::nullopt;
  return intake;
}

}  // namespace

nlohmann::json answer_value(const std::string& answer) {
  const std::string text = trimmed_lower(answer);
  if (text.empty()) return nullptr;
  if (text == "y" || text == "yes" || text == "true") return true;
  if (text == "n" || text == "no" || text == "false") return false;
  if (text.size() <= 9 &&
      std::ranges::all_of(text, [](unsigned char c) { return std::isdigit(c); })) {
    return std::stoll(text);
  }
  return text;
}

nlohmann::json with_answer(nlohmann::json intake, const std::string& field,
                           const nlohmann::json& value) {
  nlohmann::json* at = &intake;
  std::istringstream path(field);
  std::string key;
  std::vector<std::string> keys;
  while (std::getline(path, key, '.')) keys.push_back(key);
  for (std::size_t i = 0; i + 1 < keys.size(); ++i) {
    nlohmann::json& next = (*at)[keys[i]];
    if (!next.is_object()) next = nlohmann::json::object();
    at = &next;
  }
  if (!keys.empty()) (*at)[keys.back()] = value;
  return intake;
}

AssessedIntake assess_input(const std::string& path, bool ask) {
  const std::string text = read_input_text(path);
  AssessedIntake result;
  try {
    result.intake = assessment::parse_intake(text);  // strict: repeated keys, unknown keys…
  } catch (const assessment::InputError& e) {
    throw UsageError(e.what());
  }
  result.assessment = assessment::assess(result.intake);
  result.json = assessment::to_json(result.assessment);
  if (!ask) return result;
  nlohmann::json intake = nlohmann::json::parse(text);
  const bool from_stdin = path.empty() || path == "-";
  std::ifstream terminal;
  if (from_stdin) terminal.open("/dev/tty");
  std::istream& answers = from_stdin ? static_cast<std::istream&>(terminal) : std::cin;
  if (from_stdin && !terminal) {
    std::cerr << "--ask: no terminal to read answers from; give the intake as FILE to pipe the "
                 "answers on stdin\n";
    return result;
  }
  for (int round = 0; round < kMostRounds; ++round) {
    const auto questions = follow_ups(result.json);
    if (questions.empty()) break;
    const bool echo = !from_stdin && isatty(STDIN_FILENO) == 0;
    const auto answered = ask_round(questions, intake, answers, echo, std::cerr);
    if (!answered) break;
    intake = *answered;
    result = assess_json(intake);
  }
  return result;
}

void print_follow_up(const nlohmann::ordered_json& assessment, std::ostream& err) {
  const auto questions = follow_ups(assessment);
  if (questions.empty()) return;
  err << "Questions that would change this answer (send the intake again with the field filled, "
         "or use --ask):\n";
  for (const auto& question : questions) {
    err << "  " << question.value("field", "") << ": " << question.value("question", "") << '\n';
  }
}

}  // namespace motus::cli
