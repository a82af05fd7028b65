#pragma once
#include <string>

namespace motus::test {

struct ShellResult {
  int exit_code = -1;  // -1 when the command could not start or did not exit normally
  std::string output;  // standard output (add 2>&1 to the command for standard error too)
};

// Runs `command` with /bin/sh and waits for it.
ShellResult run_shell(const std::string& command);

}  // namespace motus::test
