// `motus audit verify [--db URL] [--checkpoint FILE] [--key-file FILE] [--config FILE]`: walks
// the whole audit chain from its first row and checks it against the sealed checkpoint of its
// head (store/audit_checkpoint.hpp). Exit 0: the log verifies; 1: it was tampered with (a row
// changed or removed, rows cut off the end, a forged checkpoint); 2: bad input (no such
// database, a key that cannot be read). The files default as for `motus serve`: the settings
// audit_checkpoint_file, audit_key_file and audit_key (MOTUS_* variables, --config), else next
// to a SQLite file or in the working directory for PostgreSQL.
#include <cstdio>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>

#include "cli/commands.hpp"
#include "cli/config.hpp"
#include "store/audit_checkpoint.hpp"
#include "store/db.hpp"
#include "store/db_url.hpp"

namespace motus::cli {
namespace {

struct VerifyRequest {
  std::string config_file;
  std::string url;
  std::string checkpoint;
  std::string key_file;
};

Config settings_for(const VerifyRequest& request) {
  Config config;
  if (!request.config_file.empty()) {
    if (!std::filesystem::exists(request.config_file))
      throw UsageError("config file '" + request.config_file + "' does not exist");
    apply_toml_file(config, request.config_file);
  }
  auto environment = motus_environment();
  environment.erase("MOTUS_CONFIG");
  if (request.config_file.empty()) config.db = store::default_db_url();
  apply_environment(config, environment);
  if (!request.url.empty()) config.db = request.url;
  if (!request.checkpoint.empty()) config.audit_checkpoint_file = request.checkpoint;
  if (!request.key_file.empty()) config.audit_key_file = request.key_file;
  return config;
}

std::unique_ptr<store::Db> open_existing(const std::string& url) {
  constexpr std::string_view sqlite = "sqlite:";
  if (url.rfind(sqlite, 0) == 0 && !std::filesystem::exists(url.substr(sqlite.size()))) {
    throw UsageError("there is no database at " + url.substr(sqlite.size()));
  }
  try {
    return store::open_db(url);
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  } catch (const store::StoreError& e) {
    throw UsageError(std::string("cannot open the database: ") + e.what());
  }
}

void verify(const VerifyRequest& request) {
  const auto config = settings_for(request);
  auto db = open_existing(config.db);  // bad input first: exit 2 before any verdict
  const std::filesystem::path checkpoint_file = audit_checkpoint_path(config);
  const std::filesystem::path key_file = audit_key_path(config);
  std::string key;
  try {
    if (!config.audit_key.empty()) {
      key = store::audit_key_from_hex(config.audit_key);
    } else if (std::filesystem::exists(key_file) || std::filesystem::exists(checkpoint_file)) {
      key = store::read_audit_key(key_file);
    }
  } catch (const std::exception& e) {
    throw UsageError(std::string("the audit key: ") + e.what());
  }
  store::CheckpointFile sealed;
  if (!key.empty()) {
    try {
      sealed = store::read_audit_checkpoint(checkpoint_file, key);
    } catch (const std::runtime_error& e) {
      throw UsageError(e.what());
    }
  }
  if (sealed.forged) {
    db->close();
    std::printf("TAMPERED: the checkpoint %s does not carry a valid seal for this key.\n",
                checkpoint_file.c_str());
    throw ExitStatus{1};
  }

  store::ChainVerdict whole;
  store::ChainVerdict anchored;
  try {
    db->read([&](store::Connection& c) {
      whole = store::verify_audit_chain(c);
      if (whole.verified && sealed.checkpoint)
        anchored = store::verify_audit_chain_from(c, sealed.checkpoint);
    });
  } catch (const store::StoreError& e) {
    throw UsageError(std::string("cannot read the audit log: ") + e.what());
  }
  db->close();
  for (const auto* verdict : {&whole, &anchored}) {
    if (!verdict->verified) {
      std::printf("TAMPERED: %s\n", verdict->problem.c_str());
      throw ExitStatus{1};
    }
  }
  std::printf("The audit log verifies: %lld rows, the last is row %lld.\n",
              static_cast<long long>(whole.rows), static_cast<long long>(whole.head_seq));
  if (sealed.checkpoint) {
    std::printf("It still holds row %lld as sealed in %s.\n",
                static_cast<long long>(sealed.checkpoint->seq), checkpoint_file.c_str());
  } else {
    std::printf("No checkpoint yet at %s: rows cut off the end could not be seen.\n",
                checkpoint_file.c_str());
  }
}

}  // namespace

void add_audit_command(CLI::App& app) {
  auto* audit = app.add_subcommand("audit", "Check the audit log");
  audit->require_subcommand(1);
  auto* command = audit->add_subcommand("verify",
                                        "Walk the audit chain and check it against its sealed "
                                        "checkpoint (exit 1 when tampered with)");
  auto request = std::make_shared<VerifyRequest>();
  command->add_option("--config", request->config_file, "TOML configuration file, as for serve");
  command->add_option("--db", request->url,
                      "Database URL (default: the db setting, $MOTUS_DB, sqlite:motus.db)");
  command->add_option("--checkpoint", request->checkpoint,
                      "The checkpoint file (default: audit_checkpoint_file)");
  command->add_option("--key-file", request->key_file, "The key file (default: audit_key_file)");
  command->callback([request] { verify(*request); });
}

}  // namespace motus::cli
