#pragma once
// Each subcommand of the motus binary lives in its own file and registers itself here.
// Exit codes: 0 success, 1 a check found problems, 2 bad input or usage.
#include <CLI/CLI.hpp>

namespace motus::cli {

// Thrown by a subcommand for bad input (a file that does not parse, a field out of range):
// main prints the message on stderr and exits 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

void add_serve_command(CLI::App& app);
void add_migrate_command(CLI::App& app);

}  // namespace motus::cli
