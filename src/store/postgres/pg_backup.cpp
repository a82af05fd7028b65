#include "store/postgres/pg_backup.hpp"

#include <libpq-fe.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <system_error>
#include <vector>

#include "store/db.hpp"

extern char** environ;

namespace motus::store::postgres {
namespace {

StoreError backup_error(const std::string& why) {
  return StoreError(StoreError::Kind::failure, "could not back up the database: " + why);
}

// Debian installs pg_dump per server version and links only one onto PATH; the newest one reads
// every older server.
std::string find_pg_dump() {
  std::vector<std::filesystem::path> found;
  std::error_code ignored;
  for (const auto& version : std::filesystem::directory_iterator("/usr/lib/postgresql", ignored)) {
    const auto candidate = version.path() / "bin" / "pg_dump";
    if (access(candidate.c_str(), X_OK) == 0) found.push_back(candidate);
  }
  if (!found.empty()) {
    return std::max_element(found.begin(), found.end(),
                            [](const auto& a, const auto& b) {
                              return std::stoi(a.parent_path().parent_path().filename().string()) <
                                     std::stoi(b.parent_path().parent_path().filename().string());
                            })
        ->string();
  }
  for (std::string_view dir : {"/usr/bin", "/usr/local/bin"}) {
    const auto candidate = std::filesystem::path(dir) / "pg_dump";
    if (access(candidate.c_str(), X_OK) == 0) return candidate.string();
  }
  throw backup_error(
      "pg_dump is not installed here. Install PostgreSQL's client programs (Debian: apt-get "
      "install postgresql-client) and try again");
}

std::string quoted_conninfo_value(const std::string& value) {
  std::string out = "'";
  for (const char c : value) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

// The URL as a key='value' connection string without the password, and the password apart.
struct ConnectionForDump {
  std::string conninfo;
  std::string password;
};

ConnectionForDump split_password(const std::string& url) {
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(url.c_str(), &error);
  if (options == nullptr) {
    const std::string reason = error != nullptr ? error : "it cannot be read";
    PQfreemem(error);
    throw backup_error("the database URL is not usable: " + reason);
  }
  ConnectionForDump out;
  for (const PQconninfoOption* option = options; option->keyword != nullptr; ++option) {
    if (option->val == nullptr || *option->val == '\0') continue;
    if (std::string_view(option->keyword) == "password") {
      out.password = option->val;
    } else {
      out.conninfo += std::string(option->keyword) + "=" + quoted_conninfo_value(option->val) + " ";
    }
  }
  PQconninfoFree(options);
  return out;
}

int run_pg_dump(const std::string& program, const ConnectionForDump& connection,
                const std::string& file) {
  std::vector<std::string> arguments{program, "--format=custom", "--no-password", "--file=" + file,
                                     "--dbname=" + connection.conninfo};
  std::vector<char*> argv;
  for (auto& argument : arguments) argv.push_back(argument.data());
  argv.push_back(nullptr);
  std::vector<std::string> variables;
  for (char** variable = environ; *variable != nullptr; ++variable) {
    if (!std::string_view(*variable).starts_with("PGPASSWORD=")) variables.emplace_back(*variable);
  }
  if (!connection.password.empty()) variables.push_back("PGPASSWORD=" + connection.password);
  std::vector<char*> envp;
  for (auto& variable : variables) envp.push_back(variable.data());
  envp.push_back(nullptr);

  pid_t child = 0;
  if (posix_spawn(&child, program.c_str(), nullptr, nullptr, argv.data(), envp.data()) != 0) {
    throw backup_error("could not start " + program);
  }
  int status = 0;
  while (waitpid(child, &status, 0) < 0 && errno == EINTR) {
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace

void dump_database(const std::string& url, const std::string& destination) {
  const std::string program = find_pg_dump();
  const ConnectionForDump connection = split_password(url);
  const std::string partial = destination + ".partial";
  std::error_code ignored;
  std::filesystem::remove(partial, ignored);
  const int status = run_pg_dump(program, connection, partial);
  if (status != 0) {
    std::filesystem::remove(partial, ignored);
    throw backup_error("pg_dump stopped with status " + std::to_string(status) +
                       " (its message is above)");
  }
  std::error_code renamed;
  std::filesystem::rename(partial, destination, renamed);
  if (renamed) {
    std::filesystem::remove(partial, ignored);
    throw backup_error("could not name the backup '" + destination + "': " + renamed.message());
  }
}

}  // namespace motus::store::postgres
