#include "cli/config.hpp"

#include <toml++/toml.h>

#include <cctype>
#include <charconv>
#include <cstdlib>
#include <functional>
#include <variant>
#include <vector>

#include "cli/commands.hpp"
#include "store/audit_checkpoint.hpp"

extern char** environ;

namespace motus::cli {

namespace {

using Field = std::variant<std::string Config::*, std::int64_t Config::*, bool Config::*,
                           std::vector<std::string> Config::*>;

struct Setting {
  const char* key;
  Field field;
};

const std::vector<Setting>& settings() {
  static const std::vector<Setting> all = {
      {"address", &Config::address},
      {"port", &Config::port},
      {"db", &Config::db},
      {"threads", &Config::threads},
      {"body_limit_bytes", &Config::body_limit_bytes},
      {"header_limit_bytes", &Config::header_limit_bytes},
      {"header_timeout_seconds", &Config::header_timeout_seconds},
      {"request_timeout_seconds", &Config::request_timeout_seconds},
      {"max_connections", &Config::max_connections},
      {"max_connections_per_address", &Config::max_connections_per_address},
      {"trusted_proxies", &Config::trusted_proxies},
      {"metrics_token", &Config::metrics_token},
      {"shutdown_grace_seconds", &Config::shutdown_grace_seconds},
      {"web_root", &Config::web_root},
      {"content_dir", &Config::content_dir},
      {"log_level", &Config::log_level},
      {"demo", &Config::demo},
      {"clock_offset_file", &Config::clock_offset_file},
      {"tls_certificate_file", &Config::tls_certificate_file},
      {"tls_key_file", &Config::tls_key_file},
      {"audit_checkpoint_file", &Config::audit_checkpoint_file},
      {"audit_key_file", &Config::audit_key_file},
      {"audit_key", &Config::audit_key},
      {"audit_checkpoint_seconds", &Config::audit_checkpoint_seconds},
      {"smtp_host", &Config::smtp_host},
      {"smtp_port", &Config::smtp_port},
      {"smtp_from", &Config::smtp_from},
      {"public_url", &Config::public_url},
      {"stun_urls", &Config::stun_urls},
      {"turn_urls", &Config::turn_urls},
      {"turn_secret", &Config::turn_secret},
      {"visit_grace_minutes", &Config::visit_grace_minutes},
  };
  return all;
}

const Setting* find_setting(const std::string& key) {
  for (const auto& s : settings()) {
    if (key == s.key) return &s;
  }
  return nullptr;
}

std::string known_keys() {
  std::string out;
  for (const auto& s : settings()) out += (out.empty() ? "" : ", ") + std::string(s.key);
  return out;
}

std::string redact_url(const std::string& url) {
  // postgresql://user:secret@host/db → postgresql://user:***@host/db
  auto scheme = url.find("://");
  auto at = url.find('@');
  if (scheme == std::string::npos || at == std::string::npos) return url;
  auto colon = url.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return url;
  return url.substr(0, colon + 1) + "***" + url.substr(at);
}

}  // namespace

void apply_setting(Config& config, const std::string& key, const std::string& value,
                   const std::string& source) {
  const Setting* setting = find_setting(key);
  if (setting == nullptr) {
    throw UsageError(source + ": unknown setting '" + key + "' (known: " + known_keys() + ")");
  }
  std::visit(
      [&](auto member) {
        using T = std::remove_reference_t<decltype(config.*member)>;
        if constexpr (std::is_same_v<T, std::string>) {
          config.*member = value;
        } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
          // Flags and environment give a list as comma-separated text.
          std::vector<std::string> items;
          std::size_t start = 0;
          while (start <= value.size() && !value.empty()) {
            auto end = value.find(',', start);
            if (end == std::string::npos) end = value.size();
            std::string item = value.substr(start, end - start);
            item.erase(0, item.find_first_not_of(' '));
            item.erase(item.find_last_not_of(' ') + 1);
            if (!item.empty()) items.push_back(item);
            start = end + 1;
          }
          config.*member = std::move(items);
        } else if constexpr (std::is_same_v<T, bool>) {
          if (value == "true" || value == "1" || value == "yes") {
            config.*member = true;
          } else if (value == "false" || value == "0" || value == "no") {
            config.*member = false;
          } else {
            throw UsageError(source + ": " + key + " must be true or false, not '" + value + "'");
          }
        } else {
          std::int64_t n = 0;
          auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
          if (ec != std::errc() || end != value.data() + value.size()) {
            throw UsageError(source + ": " + key + " must be a whole number, not '" + value + "'");
          }
          config.*member = n;
        }
      },
      setting->field);
}

void apply_toml_file(Config& config, const std::string& path) {
  toml::table table;
  try {
    table = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    const auto& where = e.source().begin;
    throw UsageError(path + ":" + std::to_string(where.line) + ":" + std::to_string(where.column) +
                     ": " + std::string(e.description()));
  }
  for (const auto& [key, node] : table) {
    const std::string name(key.str());
    std::string text;
    if (auto s = node.value_exact<std::string>()) {
      text = *s;
    } else if (auto i = node.value_exact<std::int64_t>()) {
      text = std::to_string(*i);
    } else if (auto b = node.value_exact<bool>()) {
      text = *b ? "true" : "false";
    } else if (const auto* array = node.as_array()) {
      for (const auto& item : *array) {
        auto s = item.value_exact<std::string>();
        if (!s || s->find(',') != std::string::npos) {
          throw UsageError(path + ": " + name + " must be a list of strings without commas");
        }
        text += (text.empty() ? "" : ",") + *s;
      }
    } else {
      throw UsageError(path + ": " + name +
                       " must be a string, a whole number, true/false or a list of strings");
    }
    apply_setting(config, name, text, path);
  }
}

std::map<std::string, std::string> motus_environment() {
  std::map<std::string, std::string> out;
  for (char** e = environ; e != nullptr && *e != nullptr; ++e) {
    std::string entry(*e);
    if (entry.rfind("MOTUS_", 0) != 0) continue;
    auto eq = entry.find('=');
    if (eq == std::string::npos) continue;
    out[entry.substr(0, eq)] = entry.substr(eq + 1);
  }
  return out;
}

void apply_environment(Config& config, const std::map<std::string, std::string>& environment) {
  for (const auto& s : settings()) {
    std::string name = "MOTUS_";
    for (const char* c = s.key; *c != '\0'; ++c)
      name += static_cast<char>(std::toupper(static_cast<unsigned char>(*c)));
    if (auto it = environment.find(name); it != environment.end())
      apply_setting(config, s.key, it->second, name);
  }
}

void validate(const Config& config) {
  auto require = [](bool ok, const std::string& message) {
    if (!ok) throw UsageError(message);
  };
  require(config.port >= 0 && config.port <= 65535, "port must be between 0 and 65535");
  require(config.threads >= 0 && config.threads <= 256,
          "threads must be between 0 (four per core) and 256");
  require(config.body_limit_bytes >= 1024 && config.body_limit_bytes <= 256LL * 1024 * 1024,
          "body_limit_bytes must be between 1024 and 268435456");
  require(config.header_limit_bytes >= 1024 && config.header_limit_bytes <= 1024 * 1024,
          "header_limit_bytes must be between 1024 and 1048576");
  require(config.header_timeout_seconds >= 1 && config.header_timeout_seconds <= 3600,
          "header_timeout_seconds must be between 1 and 3600");
  require(config.max_connections >= 1 && config.max_connections <= 1000000,
          "max_connections must be between 1 and 1000000");
  require(config.max_connections_per_address >= 1 &&
              config.max_connections_per_address <= config.max_connections,
          "max_connections_per_address must be between 1 and max_connections");
  require(config.request_timeout_seconds >= 1 && config.request_timeout_seconds <= 3600,
          "request_timeout_seconds must be between 1 and 3600");
  require(config.shutdown_grace_seconds >= 0 && config.shutdown_grace_seconds <= 600,
          "shutdown_grace_seconds must be between 0 and 600");
  require(config.log_level == "debug" || config.log_level == "info" || config.log_level == "warn" ||
              config.log_level == "error",
          "log_level must be debug, info, warn or error");
  require(config.tls_certificate_file.empty() == config.tls_key_file.empty(),
          "tls_certificate_file and tls_key_file must be given together");
  require(config.audit_checkpoint_seconds >= 1 && config.audit_checkpoint_seconds <= 3600,
          "audit_checkpoint_seconds must be between 1 and 3600");
  require(config.smtp_port >= 1 && config.smtp_port <= 65535,
          "smtp_port must be between 1 and 65535");
  if (!config.smtp_host.empty()) {
    require(config.smtp_from.find('@') != std::string::npos &&
                config.smtp_from.find_first_of("\r\n<> ") == std::string::npos,
            "smtp_from must be an email address (e.g. motus@clinic.example) when smtp_host is set");
    require(
        config.public_url.rfind("https://", 0) == 0 || config.public_url.rfind("http://", 0) == 0,
        "public_url must be the web app's address (e.g. https://motus.clinic.example) when "
        "smtp_host is set: the links in the emails point there");
  }
  require(config.visit_grace_minutes >= 0 && config.visit_grace_minutes <= 240,
          "visit_grace_minutes must be between 0 and 240");
  require(config.turn_urls.empty() || !config.turn_secret.empty(),
          "turn_urls needs turn_secret (coturn's static-auth-secret)");
  for (const auto& url : config.stun_urls) {
    require(url.rfind("stun:", 0) == 0 || url.rfind("stuns:", 0) == 0,
            "stun_urls must start with stun: or stuns: ('" + url + "' does not)");
  }
  for (const auto& url : config.turn_urls) {
    require(url.rfind("turn:", 0) == 0 || url.rfind("turns:", 0) == 0,
            "turn_urls must start with turn: or turns: ('" + url + "' does not)");
  }
  if (!config.audit_key.empty()) {
    try {
      store::audit_key_from_hex(config.audit_key);
    } catch (const std::invalid_argument& e) {
      throw UsageError(std::string("audit_key: ") + e.what());
    }
  }
}

std::string audit_checkpoint_path(const Config& config) {
  if (!config.audit_checkpoint_file.empty()) return config.audit_checkpoint_file;
  return store::default_audit_file(config.db, store::kCheckpointSuffix);
}

std::string audit_key_path(const Config& config) {
  if (!config.audit_key_file.empty()) return config.audit_key_file;
  return store::default_audit_file(config.db, store::kKeySuffix);
}

nlohmann::json describe(const Config& config) {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& s : settings()) {
    std::visit([&](auto member) { out[s.key] = config.*member; }, s.field);
  }
  out["db"] = redact_url(config.db);
  if (!config.metrics_token.empty()) out["metrics_token"] = "***";
  if (!config.audit_key.empty()) out["audit_key"] = "***";
  if (!config.turn_secret.empty()) out["turn_secret"] = "***";
  return out;
}

}  // namespace motus::cli
