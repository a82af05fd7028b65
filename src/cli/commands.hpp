#pragma once
// Each subcommand of the motus binary lives in its own file (src/cli/<name>_command.cpp) and
// is registered in main.cpp. Exit codes: 0 success, 1 a check found problems, 2 bad input or
// usage.
#include <CLI/CLI.hpp>
#include <stdexcept>

namespace motus::cli {

// Thrown by a subcommand for bad input (a file that does not parse, a field out of range):
// main prints the message on stderr and exits 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Thrown by a subcommand that finished its work but must end with a non-zero code (for
// example `content check` finding problems); main exits with `code` and prints nothing more.
struct ExitStatus {
  int code;
};

void add_serve_command(CLI::App& app);
void add_migrate_command(CLI::App& app);
void add_content_command(CLI::App& app);
void add_backup_command(CLI::App& app);
void add_assess_command(CLI::App& app);
void add_program_command(CLI::App& app);
void add_roster_command(CLI::App& app);
void add_audit_command(CLI::App& app);

}  // namespace motus::cli
