#pragma once
// The server's configuration. Sources, weakest first: built-in defaults, the TOML file
// (--config FILE or MOTUS_CONFIG), MOTUS_* environment variables, command-line flags.
// A key nobody knows, or a value of the wrong kind, is an error that names the key and source.
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace motus::cli {

struct Config {
  std::string address = "127.0.0.1";
  std::int64_t port = 8080;
  std::string db = "sqlite:motus.db";
  std::int64_t threads = 0;  // 0: four per core (serve_command.cpp)
  std::int64_t body_limit_bytes = 1024 * 1024;
  std::int64_t header_limit_bytes = 16 * 1024;
  std::int64_t header_timeout_seconds = 10;   // to receive a request's headers, idle time included
  std::int64_t request_timeout_seconds = 15;  // to receive its body, and to write the answer
  std::int64_t max_connections = 10000;       // open connections in all
  std::int64_t max_connections_per_address = 256;  // one client address; trusted proxies exempt
  // Peers whose X-Forwarded-For names the client (addresses or CIDR blocks, e.g. 127.0.0.1 for
  // nginx on the same machine). Empty: the peer is the client, whatever headers it sends.
  std::vector<std::string> trusted_proxies;
  // When set, GET /metrics needs `Authorization: Bearer <token>`; when empty, it answers only
  // requests made straight to this server from the machine itself (not through a proxy).
  std::string metrics_token;
  std::int64_t shutdown_grace_seconds = 10;
  std::string web_root = "web/dist";
  std::string content_dir = "content";
  std::string log_level = "info";
  bool demo = false;
  // Tests only: a file holding seconds to add to the wall clock, so they can expire sessions.
  std::string clock_offset_file;
  std::string tls_certificate_file;  // PEM; with tls_key_file, serve HTTPS directly
  std::string tls_key_file;
  // The audit log's sealed checkpoint (store/audit_checkpoint.hpp). Empty: next to a SQLite
  // file, or in the working directory for PostgreSQL.
  std::string audit_checkpoint_file;
  std::string audit_key_file;  // empty: beside the checkpoint's default place; created 0600
  std::string audit_key;       // 64 hex digits; when set, used instead of the key file
  std::int64_t audit_checkpoint_seconds = 5;  // how often the server seals the chain's head
  // Email (password reset and email verification links) through an SMTP relay; off while
  // smtp_host is empty. Plain SMTP (no STARTTLS): a relay on this machine or a private network.
  std::string smtp_host;
  std::int64_t smtp_port = 25;
  std::string smtp_from;   // the sender address, e.g. motus@clinic.example
  std::string public_url;  // where people open the web app, e.g. https://motus.clinic.example
  // Video visits (deploy/coturn.md). STUN and TURN URLs as browsers take them (stun:host:3478,
  // turn:host:3478?transport=udp, turns:host:5349); turn_secret is coturn's static-auth-secret.
  // None at all: browsers connect directly, as on one network.
  std::vector<std::string> stun_urls;
  std::vector<std::string> turn_urls;
  std::string turn_secret;
  std::int64_t visit_grace_minutes = 15;  // a visit's room stays open this long after its end
};

// Where the audit checkpoint and its key file are for `config` (the settings, else defaults).
std::string audit_checkpoint_path(const Config& config);
std::string audit_key_path(const Config& config);

// Applies the TOML file at `path` over `config`; throws UsageError naming the key on a problem.
void apply_toml_file(Config& config, const std::string& path);
// Applies every MOTUS_<KEY> variable in `environment` (key upper-cased); throws UsageError.
void apply_environment(Config& config, const std::map<std::string, std::string>& environment);
// Applies one key given as text (flags and environment use this); throws UsageError.
void apply_setting(Config& config, const std::string& key, const std::string& value,
                   const std::string& source);
// Checks ranges (port 0–65535, limits > 0, ...); throws UsageError naming the key.
void validate(const Config& config);
// The effective configuration for the start-up log; secrets (database passwords) redacted.
nlohmann::json describe(const Config& config);

std::map<std::string, std::string> motus_environment();

}  // namespace motus::cli
