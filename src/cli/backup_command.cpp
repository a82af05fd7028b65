// `motus backup PATH [--db URL]`: writes a consistent copy of a running database.
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <string>

#include "cli/commands.hpp"
#include "store/db.hpp"
#include "store/db_url.hpp"

namespace motus::cli {
namespace {

struct BackupRequest {
  std::string url = store::default_db_url();
  std::string destination;
};

void run_backup(const BackupRequest& request) {
  std::unique_ptr<store::Db> db;
  try {
    db = store::open_db(request.url);
  } catch (const std::invalid_argument& error) {
    throw UsageError(error.what());
  }
  db->backup(request.destination);
  db->close();
  std::printf("Saved a copy of the database to %s\n", request.destination.c_str());
}

}  // namespace

void add_backup_command(CLI::App& app) {
  auto* command = app.add_subcommand("backup", "Save a copy of the database while it runs");
  auto request = std::make_shared<BackupRequest>();
  command->add_option("path", request->destination, "Where to write the copy")->required();
  command->add_option("--db", request->url,
                      "Database URL, e.g. sqlite:motus.db (default: $MOTUS_DB)");
  command->callback([request] { run_backup(*request); });
}

}  // namespace motus::cli
