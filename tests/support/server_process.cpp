#include "support/server_process.hpp"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace motus::test {

namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Forks and execs the motus binary with stdout/stderr sent to files and stdin from a file.
pid_t spawn(const std::vector<std::string>& args, const std::map<std::string, std::string>& env,
            const std::filesystem::path& in, const std::filesystem::path& out,
            const std::filesystem::path& err) {
  pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    int fd_in = open(in.c_str(), O_RDONLY);
    int fd_out = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    int fd_err = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    dup2(fd_in, 0);
    dup2(fd_out, 1);
    dup2(fd_err, 2);
    for (const auto& [k, v] : env) setenv(k.c_str(), v.c_str(), 1);
    std::vector<char*> argv;
    std::string binary = MOTUS_BINARY;
    argv.push_back(binary.data());
    std::vector<std::string> copy = args;
    for (auto& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  return pid;
}

// Under AddressSanitizer the server is stopped with SIGTERM, so it exits normally and the leak
// check runs; SIGKILL would hide both leaks and errors met while shutting down.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif

// A sanitizer writes its report to the child's stderr, which no test reads; a report there fails
// the running test and is copied into its output, whatever the exit code was.
void fail_on_sanitizer_report(const std::string& err, const std::string& who) {
  // The sanitizers' own names catch every kind of report ("ERROR: AddressSanitizer: ...",
  // "LeakSanitizer has encountered a fatal error", "ThreadSanitizer: ..."); UBSan says "runtime
  // error:".
  for (const char* marker :
       {"AddressSanitizer", "LeakSanitizer", "ThreadSanitizer", "runtime error:"}) {
    if (err.find(marker) != std::string::npos) {
      ADD_FAILURE() << who << " reported a sanitizer finding on its stderr:\n" << err;
      return;
    }
  }
}

int decode_status(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return -1;
}

}  // namespace

ServerProcess::ServerProcess(ServerOptions options) {
  db_url_ = options.db_url ? *options.db_url : database_.emplace().url();
  std::vector<std::string> args = {"serve",
                                   "--port",
                                   "0",
                                   "--db",
                                   db_url_,
                                   "--content-dir",
                                   std::string(MOTUS_SOURCE_DIR) + "/content"};
  args.insert(args.end(), options.args.begin(), options.args.end());
  if (std::find(args.begin(), args.end(), "--web-root") == args.end()) {
    args.insert(args.end(), {"--web-root", (dir_.path() / "no-web").string()});
  }
  auto env = options.env;
  env.emplace("MOTUS_LOG_LEVEL", "info");
  // Each server its own sealed audit checkpoint and key (on PostgreSQL the default is the working
  // directory, which every test shares).
  env.emplace("MOTUS_AUDIT_CHECKPOINT_FILE", audit_checkpoint_file().string());
  env.emplace("MOTUS_AUDIT_KEY_FILE", audit_key_file().string());
  std::ofstream(dir_.path() / "stdin").close();
  pid_ = spawn(args, env, dir_.path() / "stdin", dir_.path() / "server.log",
               dir_.path() / "server.err");
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (std::chrono::steady_clock::now() < deadline) {
    std::istringstream lines(read_file(dir_.path() / "server.log"));
    for (std::string line; std::getline(lines, line);) {
      auto entry = nlohmann::json::parse(line, nullptr, false);
      if (!entry.is_discarded() && entry.value("msg", "") == "listening") {
        port_ = entry["port"].get<std::uint16_t>();
        return;
      }
    }
    if (!running()) {
      throw std::runtime_error(
          "motus serve exited with " + std::to_string(exit_code_.value_or(-1)) +
          " before listening: " + read_file(dir_.path() / "server.err") + log());
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  throw std::runtime_error("motus serve did not start listening within 30 s: " + log());
}

ServerProcess::~ServerProcess() {
  if (kSanitized && running()) stop(SIGTERM, std::chrono::seconds(30));
  if (running()) stop(SIGKILL, std::chrono::seconds(5));
  fail_on_sanitizer_report(read_file(dir_.path() / "server.err"), "motus serve");
}

bool ServerProcess::running() {
  if (exit_code_) return false;
  int status = 0;
  pid_t r = waitpid(pid_, &status, WNOHANG);
  if (r == pid_) {
    exit_code_ = decode_status(status);
    return false;
  }
  return r == 0;
}

int ServerProcess::stop(int signal, std::chrono::milliseconds wait) {
  if (!running()) return exit_code_.value_or(-1);
  kill(pid_, signal);
  const auto deadline = std::chrono::steady_clock::now() + wait;
  while (std::chrono::steady_clock::now() < deadline) {
    if (!running()) return *exit_code_;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return -1;
}

std::string ServerProcess::log() const { return read_file(dir_.path() / "server.log"); }

ServerProcess* start_shared_server(ServerOptions options, std::string& why) {
  try {
    return new ServerProcess(std::move(options));
  } catch (const std::exception& error) {
    why = error.what();
    return nullptr;
  }
}

CommandResult run_motus(const std::vector<std::string>& args, const std::string& stdin_text,
                        const std::map<std::string, std::string>& env) {
  TempDir dir;
  std::ofstream(dir.path() / "stdin", std::ios::binary) << stdin_text;
  pid_t pid = spawn(args, env, dir.path() / "stdin", dir.path() / "out", dir.path() / "err");
  int status = 0;
  waitpid(pid, &status, 0);
  CommandResult result{decode_status(status), read_file(dir.path() / "out"),
                       read_file(dir.path() / "err")};
  fail_on_sanitizer_report(result.err, "motus " + (args.empty() ? std::string() : args.front()));
  return result;
}

}  // namespace motus::test
