// `motus serve`: loads the configuration, opens and migrates the store, and serves HTTP until
// SIGTERM or SIGINT, then drains in-flight requests and closes the store.
#include <algorithm>
#include <csignal>
#include <filesystem>
#include <iostream>
#include <thread>

#include "api/shared/app.hpp"
#include "cli/audit_sealer.hpp"
#include "cli/commands.hpp"
#include "cli/config.hpp"
#include "cli/demo.hpp"
#include "cli/input.hpp"
#include "content/load_instruments.hpp"
#include "http/compression.hpp"
#include "http/log.hpp"
#include "http/metrics.hpp"
#include "http/server.hpp"
#include "http/session_middleware.hpp"
#include "http/static_files.hpp"
#include "store/content_search.hpp"

namespace motus::cli {

namespace {

struct ServeFlags {
  std::string config_file;
  std::map<std::string, std::string> values;  // setting key → text, only flags given
  bool demo = false;
};

// The outcome instruments in `dir`/instruments; like the knowledge base, a server never starts on
// a definition that fails its checks.
content::InstrumentLoad load_checked_instruments(const std::string& dir) {
  auto load = content::load_instruments(dir);
  if (!load.problems.empty()) {
    throw UsageError("the instrument definitions in '" + dir + "/instruments' have " +
                     std::to_string(load.problems.size()) +
                     " problem(s); run `motus content check " + dir + "`");
  }
  return load;
}

Config effective_config(const ServeFlags& flags) {
  Config config;
  const auto environment = motus_environment();
  std::string file = flags.config_file;
  if (file.empty()) {
    if (auto it = environment.find("MOTUS_CONFIG"); it != environment.end()) file = it->second;
  }
  if (!file.empty()) {
    if (!std::filesystem::exists(file))
      throw UsageError("config file '" + file + "' does not exist");
    apply_toml_file(config, file);
  }
  auto env = environment;
  env.erase("MOTUS_CONFIG");
  env.erase("MOTUS_DEMO_PASSWORD");
  apply_environment(config, env);
  for (const auto& [key, value] : flags.values) apply_setting(config, key, value, "--" + key);
  if (flags.demo) config.demo = true;
  validate(config);
  return config;
}

void serve(const Config& config) {
  http::TrustedProxies trusted_proxies;
  try {
    trusted_proxies = http::TrustedProxies(config.trusted_proxies);
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  log::set_level(config.log_level);
  log::info("config", describe(config));

  store::DbOptions db_options;
  http::Metrics metrics;
  db_options.on_commit = [&metrics](const store::CommitObservation& o) {
    metrics.observe_commit(o.latency.count(), o.batch_size);
  };
  std::unique_ptr<store::Db> db;
  try {
    db = store::open_db(config.db, db_options);
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  const core::Library library = load_checked_library(config.content_dir);
  const core::KnowledgeBase& knowledge_base = library.english;
  const auto instrument_load = load_checked_instruments(config.content_dir);
  const auto& instruments = instrument_load.instruments;
  log::info("content", {{"dir", config.content_dir},
                        {"exercises", knowledge_base.exercises().size()},
                        {"patterns", knowledge_base.patterns().size()},
                        {"articles", knowledge_base.articles().size()},
                        {"instruments", instruments.size()}});

  const auto applied = db->migrate();
  log::info("migrations", {{"applied", applied}});
  store::reindex_content(*db, knowledge_base);
  store::reindex_content(*db, library.spanish, core::Language::es);
  if (config.demo) {
    seed_demo_organization(*db, std::cout);
    seed_demo_staff(*db, std::cout);
  }
  const auto clock = store::make_clock(config.clock_offset_file);
  if (!config.clock_offset_file.empty()) {
    log::warn("clock_offset", {{"file", config.clock_offset_file},
                               {"detail", "the clock can be moved; for tests only"}});
  }

  std::unique_ptr<store::AuditAnchor> audit_anchor;
  try {
    audit_anchor = std::make_unique<store::AuditAnchor>(
        audit_checkpoint_path(config),
        config.audit_key.empty() ? std::string() : store::audit_key_from_hex(config.audit_key),
        audit_key_path(config));
  } catch (const std::runtime_error& e) {
    throw UsageError(std::string("audit checkpoint: ") + e.what());
  }
  log::info("audit_checkpoint", {{"file", audit_anchor->checkpoint_file().string()},
                                 {"every_seconds", config.audit_checkpoint_seconds}});

  http::Router router;
  api::App app{
      *db,         metrics,       knowledge_base,       MOTUS_VERSION,    *clock,
      instruments, *audit_anchor, config.metrics_token, &library.spanish, &instrument_load.spanish};
  app.mail.host = config.smtp_host;
  app.mail.port = config.smtp_port;
  app.mail.from = config.smtp_from;
  app.public_url = config.public_url;
  app.visits = {config.stun_urls, config.turn_urls, config.turn_secret,
                config.visit_grace_minutes * 60 * 1000};
  api::add_routes(router, app);

  http::StaticFiles static_files(config.web_root);
  if (!static_files.available()) {
    log::warn("web_app_missing",
              {{"web_root", config.web_root},
               {"detail", "the API is served; build the web app to serve pages"}});
  }
  const bool tls = !config.tls_certificate_file.empty();
  http::Pipeline pipeline(router, metrics, &static_files, http::PipelineOptions{tls});
  pipeline.use(http::json_compression());
  pipeline.use(http::session_middleware(*db, *clock));

  http::ServerOptions options;
  options.address = config.address;
  options.port = static_cast<std::uint16_t>(config.port);
  options.threads = static_cast<unsigned>(config.threads);
  if (options.threads == 0) {
    // Store reads run on the request threads and wait: on PostgreSQL for a network round trip,
    // on a large SQLite file for the disk. With one thread per core a core sits idle through
    // those waits, and one slow read (a therapist's queue) holds up every request behind it.
    // Four per core keeps the cores busy (1,000,000 members on 2 cores, docs/scale.md: the mix
    // on SQLite 3,813 req/s at p99 129-135 ms on the members' routes with 2 threads, 5,301 at
    // 31-34 ms with 8; PostgreSQL today's session 3,113 -> 4,804 req/s).
    options.threads = 4 * std::max(1u, std::thread::hardware_concurrency());
  }
  options.body_limit = static_cast<std::size_t>(config.body_limit_bytes);
  options.header_limit = static_cast<std::size_t>(config.header_limit_bytes);
  options.header_timeout = std::chrono::seconds(config.header_timeout_seconds);
  options.request_timeout = std::chrono::seconds(config.request_timeout_seconds);
  options.max_connections = static_cast<std::size_t>(config.max_connections);
  options.max_connections_per_address =
      static_cast<std::size_t>(config.max_connections_per_address);
  options.trusted_proxies = trusted_proxies;
  options.shutdown_grace = std::chrono::seconds(config.shutdown_grace_seconds);
  options.tls_certificate_file = config.tls_certificate_file;
  options.tls_key_file = config.tls_key_file;
  http::Server server(options, pipeline);
  try {
    server.listen();
  } catch (const std::system_error& e) {
    throw UsageError(e.what());
  }
  log::info("listening",
            {{"address", config.address},
             {"port", server.port()},
             {"url", std::string(tls ? "https://" : "http://") +
                         (config.address == "0.0.0.0" ? std::string("localhost") : config.address) +
                         ":" + std::to_string(server.port())}});
  AuditSealer sealer(*db, *audit_anchor, std::chrono::seconds(config.audit_checkpoint_seconds));
  server.run();
  sealer.stop();
  db->close();
  log::info("stopped");
}

}  // namespace

void add_serve_command(CLI::App& app) {
  auto flags = std::make_shared<ServeFlags>();
  auto* cmd = app.add_subcommand("serve", "Run the Motus server");
  cmd->add_option("--config", flags->config_file, "TOML configuration file");
  for (const char* key : {"db", "port", "address", "threads", "log-level", "web-root",
                          "content-dir", "tls-certificate-file", "tls-key-file"}) {
    std::string setting = key;
    std::replace(setting.begin(), setting.end(), '-', '_');
    cmd->add_option_function<std::string>(
        std::string("--") + key,
        [flags, setting](const std::string& v) { flags->values[setting] = v; },
        "overrides the setting " + setting);
  }
  cmd->add_flag("--demo", flags->demo, "seed demo data (organization DEMO, demo accounts)");
  cmd->callback([flags] { serve(effective_config(*flags)); });
}

}  // namespace motus::cli
