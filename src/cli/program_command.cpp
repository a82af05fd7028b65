// `motus program [FILE] [--content DIR]`: reads an intake like `motus assess`, loads the
// knowledge base and prints the assessment with the program built from it (contract.md). For
// the emergency and urgent tiers there is no program, only the assessment's advice.
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.hpp"
#include "cli/input.hpp"
#include "core/assessment/assessment_json.hpp"
#include "core/program/program_json.hpp"

namespace motus::cli {
namespace {

namespace assessment = motus::core::assessment;
namespace program = motus::core::program;

struct ProgramOptions {
  std::string path;
  std::string content_dir = "content";
};

void run_program(const ProgramOptions& options) {
  const std::string text = read_input_text(options.path);
  assessment::Intake intake;
  try {
    intake = assessment::parse_intake(text);
  } catch (const assessment::InputError& e) {
    throw UsageError(e.what());
  }
  const core::KnowledgeBase knowledge_base = load_checked_knowledge_base(options.content_dir);
  const assessment::Assessment result = assessment::assess(intake);
  nlohmann::ordered_json out = assessment::to_json(result);
  if (const auto built = program::build_program(intake, result, knowledge_base)) {
    out["program"] = program::to_json(*built);
  }
  std::cout << out.dump(2) << '\n';
}

}  // namespace

void add_program_command(CLI::App& app) {
  auto options = std::make_shared<ProgramOptions>();
  CLI::App* command = app.add_subcommand(
      "program", "Read an intake (JSON, from FILE or stdin) and print the assessment and the "
                 "daily exercise program built from it");
  command->add_option("FILE", options->path, "intake JSON file; '-' or nothing reads stdin");
  command->add_option("--content", options->content_dir, "knowledge-base folder")
      ->capture_default_str();
  command->callback([options] { run_program(*options); });
}

}  // namespace motus::cli
