#pragma once
// Starts the real `motus serve` binary on a free port with a database of its own on the back end
// under test (see test_database.hpp), for API tests. The server's log goes to a file the test
// can read.
#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "support/http_client.hpp"
#include "support/temp_dir.hpp"
#include "support/test_database.hpp"

namespace motus::test {

struct ServerOptions {
  std::vector<std::string> args;           // extra flags for `motus serve`
  std::map<std::string, std::string> env;  // extra environment (MOTUS_*)
  std::optional<std::string> db_url;       // default: a fresh TestDatabase the server owns
};

class ServerProcess {
 public:
  explicit ServerProcess(ServerOptions options = {});
  ~ServerProcess();  // SIGKILL if still running
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  std::uint16_t port() const { return port_; }
  HttpClient client() const { return HttpClient(port_); }
  pid_t pid() const { return pid_; }
  const std::filesystem::path& dir() const { return dir_.path(); }
  // The database the server runs on, for store::open_db and `motus ... --db`.
  const std::string& db_url() const { return db_url_; }

  // The sealed audit checkpoint and its key (store/audit_checkpoint.hpp), in dir(), unless the
  // options' environment named others.
  std::filesystem::path audit_checkpoint_file() const { return dir_.path() / "audit-checkpoint"; }
  std::filesystem::path audit_key_file() const { return dir_.path() / "audit-key"; }

  // Sends `signal` and waits for the process to end; returns its exit code, or 128+signal if a
  // signal ended it, or -1 if it did not end within `wait`.
  int stop(int signal, std::chrono::milliseconds wait = std::chrono::seconds(15));
  bool running();
  std::string log() const;

 private:
  std::optional<TestDatabase> database_;  // unless the options named a database
  TempDir dir_;
  std::string db_url_;
  pid_t pid_ = -1;
  std::uint16_t port_ = 0;
  std::optional<int> exit_code_;
};

// For a server shared by a whole suite, started in SetUpTestSuite: gives nullptr and the reason
// instead of throwing. A failing SetUpTestSuite makes gtest, and so ctest, report the suite's
// tests as skipped, not failed; each test's SetUp should fail with `why` instead.
ServerProcess* start_shared_server(ServerOptions options, std::string& why);

// Runs the motus binary with `args` and optional stdin; returns exit code, stdout and stderr.
struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};
CommandResult run_motus(const std::vector<std::string>& args, const std::string& stdin_text = {},
                        const std::map<std::string, std::string>& env = {});

}  // namespace motus::test
