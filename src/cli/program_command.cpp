// `motus program [FILE] [--content DIR] [--ask]`: reads an intake like `motus assess`, loads the
// knowledge base and prints the assessment with the program built from it (docs/api-contract.md).
// For the emergency and urgent tiers there is no program, only the assessment's advice.
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.hpp"
#include "cli/follow_up.hpp"
#include "cli/input.hpp"
#include "core/program/program_json.hpp"

namespace motus::cli {
namespace {

namespace program = motus::core::program;

struct ProgramOptions {
  std::string path;
  std::string content_dir = "content";
  bool ask = false;
};

void run_program(const ProgramOptions& options) {
  const AssessedIntake result = assess_input(options.path, options.ask);
  const core::KnowledgeBase knowledge_base = load_checked_knowledge_base(options.content_dir);
  nlohmann::ordered_json out = result.json;
  if (const auto built = program::build_program(result.intake, result.assessment, knowledge_base)) {
    out["program"] = program::to_json(*built);
  }
  std::cout << out.dump(2) << '\n' << std::flush;
  print_follow_up(result.json, std::cerr);
}

}  // namespace

void add_program_command(CLI::App& app) {
  auto options = std::make_shared<ProgramOptions>();
  CLI::App* command = app.add_subcommand(
      "program",
      "Read an intake (JSON, from FILE or stdin) and print the assessment and the "
      "daily exercise program built from it");
  command->add_option("FILE", options->path, "intake JSON file; '-' or nothing reads stdin");
  command->add_option("--content", options->content_dir, "knowledge-base folder")
      ->capture_default_str();
  command->add_flag("--ask", options->ask,
                    "ask the follow-up questions on stderr, read the answers (stdin when FILE is "
                    "given, else the terminal) and build from the answered intake");
  command->callback([options] { run_program(*options); });
}

}  // namespace motus::cli
