// `motus assess [FILE] [--ask]`: reads an intake (JSON) from FILE or stdin and prints the
// assessment; its follow-up questions go to stderr after it (--ask asks them, cli/follow_up.hpp).
// Bad input is a UsageError naming the field, so the person can fix exactly that field.
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.hpp"
#include "cli/follow_up.hpp"

namespace motus::cli {
namespace {

struct AssessOptions {
  std::string path;
  bool ask = false;
};

void run_assess(const AssessOptions& options) {
  const AssessedIntake result = assess_input(options.path, options.ask);
  std::cout << result.json.dump(2) << '\n' << std::flush;
  print_follow_up(result.json, std::cerr);
}

}  // namespace

void add_assess_command(CLI::App& app) {
  auto options = std::make_shared<AssessOptions>();
  CLI::App* command = app.add_subcommand("assess",
                                         "Read an intake (JSON, from FILE or stdin) and print the "
                                         "assessment: tier, reasons, likely patterns, advice");
  command->add_option("FILE", options->path, "intake JSON file; '-' or nothing reads stdin");
  command->add_flag("--ask", options->ask,
                    "ask the follow-up questions on stderr, read the answers (stdin when FILE is "
                    "given, else the terminal) and assess again with them");
  command->callback([options] { run_assess(*options); });
}

}  // namespace motus::cli
