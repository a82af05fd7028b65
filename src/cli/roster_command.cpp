// `motus roster import --org CODE FILE.csv [--db URL]`: replaces an organization's eligibility
// roster from a CSV file in one transaction and prints what happened to each row. Large rosters
// belong here rather than in the web upload, whose body size is capped.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include "cli/commands.hpp"
#include "core/roster/roster.hpp"
#include "store/db.hpp"
#include "store/db_url.hpp"
#include "store/organization_repository.hpp"
#include "store/roster_replace.hpp"

namespace motus::cli {
namespace {

// Files smaller than this load in a blink; larger ones report progress on stderr.
constexpr std::size_t kProgressEvery = 10000;

struct RosterImportRequest {
  std::string url = store::default_db_url();
  std::string organization_code;
  std::string file;
};

std::string read_whole_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UsageError("cannot read the roster file '" + path + "'");
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) throw UsageError("cannot read the roster file '" + path + "'");
  return text.str();
}

void print_report(const core::RosterFile& file, const core::RosterChanges& changes,
                  const std::string& organization) {
  std::printf(
      "Roster of %s: %zu new, %zu updated, %zu removed, %zu rejected; %zu people on the roster "
      "now.\n",
      organization.c_str(), changes.added, changes.kept, changes.removed, file.rejected.size(),
      file.entries.size());
  for (const auto& row : file.rejected)
    std::printf("  line %zu: %s\n", row.line, row.reason.c_str());
}

void run_roster_import(const RosterImportRequest& request) {
  const std::string text = read_whole_file(request.file);
  core::RosterFile file;
  try {
    file = core::parse_roster_csv(text);
  } catch (const core::RosterFileError& error) {
    throw UsageError(request.file + ": " + error.what());
  }
  const bool large = file.entries.size() + file.rejected.size() >= kProgressEvery;
  if (large)
    std::fprintf(stderr, "Read %zu rows from %s.\n", file.entries.size() + file.rejected.size(),
                 request.file.c_str());

  std::unique_ptr<store::Db> db;
  try {
    db = store::open_db(request.url);
  } catch (const std::invalid_argument& error) {
    throw UsageError(error.what());
  }
  db->migrate();
  std::optional<store::Organization> organization;
  db->read([&](store::Connection& c) {
    organization = store::find_organization_by_code(c, request.organization_code);
  });
  if (!organization) {
    db->close();
    throw UsageError("no organization has the enrollment code '" + request.organization_code + "'");
  }

  core::RosterChanges changes;
  const std::size_t total = file.entries.size();
  auto progress = [total](std::size_t stored) {
    std::fprintf(stderr, "Stored %zu of %zu people...\n", stored, total);
  };
  db->write_and_wait([&](store::Connection& c) {
    changes = store::replace_roster(c, organization->id, file.entries,
                                    large ? progress : std::function<void(std::size_t)>{},
                                    kProgressEvery);
  });
  db->close();
  print_report(file, changes, organization->name);
  std::fflush(stdout);
  // The good rows are loaded; a non-zero exit still tells a script that some rows need fixing.
  if (!file.rejected.empty()) throw ExitStatus{1};
}

}  // namespace

void add_roster_command(CLI::App& app) {
  auto* roster = app.add_subcommand("roster", "Manage organizations' eligibility rosters");
  roster->require_subcommand(1);
  auto* import =
      roster->add_subcommand("import", "Replace an organization's roster with a CSV file");
  auto request = std::make_shared<RosterImportRequest>();
  import->add_option("--org", request->organization_code, "The organization's enrollment code")
      ->required();
  import->add_option("file", request->file, "The roster CSV file")->required();
  import->add_option("--db", request->url,
                     "Database URL, e.g. sqlite:motus.db (default: $MOTUS_DB)");
  import->callback([request] { run_roster_import(*request);
});
}  // namespace motus::cli

}  // namespace motus::cli
