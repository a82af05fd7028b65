// `motus assess [FILE]`: reads an intake (JSON) from FILE or stdin and prints the assessment.
// Bad input is a UsageError naming the field, so the person can fix exactly that field.
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.hpp"
#include "cli/input.hpp"
#include "core/assessment/assessment_json.hpp"

namespace motus::cli {
namespace {

void run_assess(const std::string& path) {
  namespace assessment = motus::core::assessment;
  const std::string text = read_input_text(path);
  try {
    const assessment::Intake intake = assessment::parse_intake(text);
    std::cout << assessment::to_json(assessment::assess(intake)).dump(2) << '\n';
  } catch (const assessment::InputError& e) {
    throw UsageError(e.what());
  }
}

}  // namespace

void add_assess_command(CLI::App& app) {
  auto path = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand("assess",
                                         "Read an intake (JSON, from FILE or stdin) and print the "
                                         "assessment: tier, reasons, likely patterns, advice");
  command->add_option("FILE", *path, "intake JSON file; '-' or nothing reads stdin");
  command->callback([path] { run_assess(*path); });
}

}  // namespace motus::cli
