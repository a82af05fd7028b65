// `motus migrate [--db URL]`: brings the database schema up to date with this program.
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <string>

#include "cli/commands.hpp"
#include "store/db.hpp"
#include "store/db_url.hpp"

namespace motus::cli {
namespace {

std::unique_ptr<store::Db> open_for_command(const std::string& url) {
  try {
    return store::open_db(url);
  } catch (const std::invalid_argument& error) {
    throw UsageError(error.what());
  }
}

void run_migrate(const std::string& url) {
  const auto db = open_for_command(url);
  const std::vector<int> applied = db->migrate();
  db->close();
  if (applied.empty()) {
    std::printf("The database schema is already up to date.\n");
    return;
  }
  std::printf("Applied %zu schema step%s:", applied.size(), applied.size() == 1 ? "" : "s");
  for (const int number : applied) std::printf(" %04d", number);
  std::printf("\n");
}

}  // namespace

void add_migrate_command(CLI::App& app) {
  auto* command = app.add_subcommand("migrate", "Bring the database schema up to date");
  auto url = std::make_shared<std::string>(store::default_db_url());
  command->add_option("--db", *url, "Database URL, e.g. sqlite:motus.db (default: $MOTUS_DB)");
  command->callback([url] { run_migrate(*url); });
}

}  // namespace motus::cli
