// `motus backup PATH --key FILE [--db URL]`: writes a consistent copy of a running database,
// sealed with the key file (cli/backup_file.hpp). `motus restore BACKUP --key FILE --to PATH`
// checks every byte of a sealed backup and writes the database copy back out.
#include <cstdio>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <system_error>

#include "cli/backup_file.hpp"
#include "cli/commands.hpp"
#include "store/db.hpp"
#include "store/db_url.hpp"

namespace motus::cli {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kMakeAKey = "make one with: head -c 32 /dev/urandom > backup.key";

struct BackupRequest {
  std::string url = store::default_db_url();
  std::string destination;
  std::string key_file;
};

struct RestoreRequest {
  std::string backup;
  std::string key_file;
  std::string destination;
};

BackupKey key_from(const std::string& key_file, std::string_view command) {
  if (key_file.empty()) {
    throw UsageError(std::string(command) +
                     " needs --key FILE: backups are encrypted with a key kept apart from them (" +
                     std::string(kMakeAKey) + ")");
  }
  return read_backup_key(key_file);
}

// Removes the unsealed copy however the backup ends.
struct UnsealedCopy {
  fs::path path;
  ~UnsealedCopy() {
    std::error_code ignored;
    fs::remove(path, ignored);
  }
};

void run_backup(const BackupRequest& request) {
  const auto key = key_from(request.key_file, "backup");
  std::unique_ptr<store::Db> db;
  try {
    db = store::open_db(request.url);
  } catch (const std::invalid_argument& error) {
    throw UsageError(error.what());
  }
  // The store writes its copy beside the backup (owner-only, see main.cpp's umask); it is
  // sealed at once and removed.
  UnsealedCopy unsealed{request.destination + ".unsealed"};
  db->backup(unsealed.path.string());
  db->close();
  seal_backup(unsealed.path, request.destination, key);
  std::printf("Saved an encrypted copy of the database to %s\n", request.destination.c_str());
}

void run_restore(const RestoreRequest& request) {
  const auto key = key_from(request.key_file, "restore");
  std::error_code ec;
  if (fs::exists(request.destination, ec)) {
    throw UsageError("restore will not overwrite '" + request.destination +
                     "'; choose a new --to path");
  }
  open_backup(request.backup, request.destination, key);
  std::printf(
      "Verified %s and restored the database copy to %s (SQLite: a database file to serve with "
      "--db sqlite:%s; PostgreSQL: a pg_dump archive for pg_restore)\n",
      request.backup.c_str(), request.destination.c_str(), request.destination.c_str());
}

}  // namespace

void add_backup_command(CLI::App& app) {
  auto* backup =
      app.add_subcommand("backup", "Save an encrypted copy of the database while it runs");
  auto request = std::make_shared<BackupRequest>();
  backup->add_option("path", request->destination, "Where to write the encrypted copy")->required();
  backup->add_option("--key", request->key_file,
                     "Key file (at least 32 random bytes) kept apart from the backups");
  backup->add_option("--db", request->url,
                     "Database URL, e.g. sqlite:motus.db (default: $MOTUS_DB)");
  backup->callback([request] { run_backup(*request); });

  auto* restore =
      app.add_subcommand("restore", "Verify an encrypted backup and write out the database copy");
  auto restore_request = std::make_shared<RestoreRequest>();
  restore->add_option("backup", restore_request->backup, "The file motus backup wrote")->required();
  restore->add_option("--key", restore_request->key_file, "The key file the backup was made with");
  restore
      ->add_option("--to", restore_request->destination,
                   "Where to write the database copy (must not exist)")
      ->required();
  restore->callback([restore_request] { run_restore(*restore_request); });
}

}  // namespace motus::cli
