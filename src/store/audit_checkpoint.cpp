#include "store/audit_checkpoint.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

namespace motus::store {

namespace {

constexpr Statement kRowAt{"audit_row_at", "SELECT hash FROM audit_log WHERE seq = $1"};
constexpr Statement kRowsUpTo{"audit_rows_up_to", "SELECT count(*) FROM audit_log WHERE seq <= $1"};
constexpr Statement kLastSeq{"audit_last_seq", "SELECT COALESCE(max(seq), 0) FROM audit_log"};

void ensure_sodium() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
}

std::string to_hex(const unsigned char* bytes, std::size_t size) {
  std::string hex(size * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), bytes, size);
  hex.pop_back();
  return hex;
}

std::string seal(const std::string& key, const AuditCheckpoint& checkpoint) {
  ensure_sodium();
  const std::string message = "motus audit checkpoint 1\n" + std::to_string(checkpoint.rows) +
                              "\n" + std::to_string(checkpoint.seq) + "\n" + checkpoint.hash;
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_state state;
  crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(key.data()),
                              key.size());
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(message.data()),
                                message.size());
  crypto_auth_hmacsha256_final(&state, mac);
  return to_hex(mac, sizeof mac);
}

bool same_text(const std::string& a, const std::string& b) {
  return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + file.string() + ": " + std::strerror(errno));
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Writes `text` to a new file only the owner may read; false if it exists.
bool create_private_file(const std::filesystem::path& file, const std::string& text) {
  const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    if (errno == EEXIST) return false;
    throw std::runtime_error("cannot create " + file.string() + ": " + std::strerror(errno));
  }
  const bool written = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
  const bool synced = ::fsync(fd) == 0;
  ::close(fd);
  if (!written || !synced) throw std::runtime_error("cannot write " + file.string());
  return true;
}

ChainVerdict broken(std::int64_t rows, std::optional<std::int64_t> seq, std::string problem) {
  ChainVerdict verdict;
  verdict.verified = false;
  verdict.rows = rows;
  verdict.first_broken_seq = seq;
  verdict.problem = std::move(problem);
  return verdict;
}

}  // namespace

std::string default_audit_file(std::string_view db_url, std::string_view suffix) {
  constexpr std::string_view sqlite = "sqlite:";
  if (db_url.substr(0, sqlite.size()) == sqlite)
    return std::string(db_url.substr(sqlite.size())) + std::string(suffix);
  return "motus" + std::string(suffix);
}

std::string audit_key_from_hex(std::string_view hex) {
  ensure_sodium();
  std::string trimmed(hex);
  while (!trimmed.empty() &&
         (trimmed.back() == '\n' || trimmed.back() == '\r' || trimmed.back() == ' '))
    trimmed.pop_back();
  std::string key(crypto_auth_hmacsha256_KEYBYTES, '\0');
  std::size_t length = 0;
  const char* end = nullptr;
  if (trimmed.size() != key.size() * 2 ||
      sodium_hex2bin(reinterpret_cast<unsigned char*>(key.data()), key.size(), trimmed.data(),
                     trimmed.size(), nullptr, &length, &end) != 0 ||
      length != key.size()) {
    throw std::invalid_argument("an audit key is 64 hex digits (32 bytes)");
  }
  return key;
}

std::string read_audit_key(const std::filesystem::path& file) {
  const auto text = read_text(file);
  try {
    return audit_key_from_hex(text);
  } catch (const std::invalid_argument& e) {
    throw std::runtime_error(file.string() + ": " + e.what());
  }
}

std::string read_or_create_audit_key(const std::filesystem::path& file) {
  ensure_sodium();
  std::error_code missing;
  if (!std::filesystem::exists(file, missing)) {
    // Written in full under a name of its own, then linked into place: two servers starting at
    // once on one database both end up reading the one key that won, never a half-written file.
    unsigned char bytes[crypto_auth_hmacsha256_KEYBYTES];
    randombytes_buf(bytes, sizeof bytes);
    auto temporary = file;
    temporary += ".new-" + std::to_string(::getpid());
    std::filesystem::remove(temporary);
    create_private_file(temporary, to_hex(bytes, sizeof bytes) + "\n");
    sodium_memzero(bytes, sizeof bytes);
    const int linked = ::link(temporary.c_str(), file.c_str());
    const int error = errno;
    std::filesystem::remove(temporary);
    if (linked != 0 && error != EEXIST) {
      throw std::runtime_error("cannot create " + file.string() + ": " + std::strerror(error));
    }
  }
  return read_audit_key(file);
}

CheckpointFile read_audit_checkpoint(const std::filesystem::path& file, const std::string& key) {
  CheckpointFile out;
  std::error_code missing;
  if (!std::filesystem::exists(file, missing)) return out;
  const auto body = nlohmann::json::parse(read_text(file), nullptr, false);
  AuditCheckpoint checkpoint;
  if (!body.is_object() || !body.contains("rows") || !body["rows"].is_number_integer() ||
      !body.contains("seq") || !body["seq"].is_number_integer() || !body.contains("hash") ||
      !body["hash"].is_string() || !body.contains("mac") || !body["mac"].is_string()) {
    out.forged = true;
    return out;
  }
  checkpoint.rows = body["rows"].get<std::int64_t>();
  checkpoint.seq = body["seq"].get<std::int64_t>();
  checkpoint.hash = body["hash"].get<std::string>();
  if (!same_text(seal(key, checkpoint), body["mac"].get<std::string>())) {
    out.forged = true;
    return out;
  }
  out.checkpoint = std::move(checkpoint);
  return out;
}

void write_audit_checkpoint(const std::filesystem::path& file, const std::string& key,
                            const AuditCheckpoint& checkpoint) {
  const nlohmann::json body = {{"rows", checkpoint.rows},
                               {"seq", checkpoint.seq},
                               {"hash", checkpoint.hash},
                               {"mac", seal(key, checkpoint)}};
  auto temporary = file;
  temporary += ".new";
  std::filesystem::remove(temporary);
  create_private_file(temporary, body.dump() + "\n");
  std::filesystem::rename(temporary, file);
}

ChainVerdict verify_audit_chain_from(Connection& connection,
                                     const std::optional<AuditCheckpoint>& from) {
  if (!from || from->seq == 0) return verify_audit_chain(connection);
  const auto at = connection.query(kRowAt, {from->seq});
  if (at.empty()) {
    const auto last = connection.query(kLastSeq).front().integer(0);
    if (last > from->seq) {
      return broken(
          last, from->seq,
          "Row " + std::to_string(from->seq) + ", sealed by the last checkpoint, was removed.");
    }
    return broken(last, last + 1,
                  "Rows " + std::to_string(last + 1) + " to " + std::to_string(from->seq) +
                      " were removed: the last checkpoint saw the log reach row " +
                      std::to_string(from->seq) + ".");
  }
  if (at.front().text(0) != from->hash) {
    return broken(
        from->rows, from->seq,
        "Row " + std::to_string(from->seq) + " is not the row the last checkpoint sealed.");
  }
  const auto rows = connection.query(kRowsUpTo, {from->seq}).front().integer(0);
  if (rows != from->rows) {
    return broken(rows, std::nullopt,
                  "The log holds " + std::to_string(rows) + " rows up to row " +
                      std::to_string(from->seq) + " where the last checkpoint sealed " +
                      std::to_string(from->rows) + ".");
  }
  return walk_audit_chain(connection, from->seq, from->hash, from->rows);
}

AuditAnchor::AuditAnchor(std::filesystem::path checkpoint_file, const std::string& key,
                         const std::filesystem::path& key_file)
    : file_(std::move(checkpoint_file)),
      key_(key.empty() ? read_or_create_audit_key(key_file) : key) {
  const auto found = read_audit_checkpoint(file_, key_);
  latest_ = found.checkpoint;
  forged_ = found.forged;
}

ChainVerdict AuditAnchor::verify_and_advance(Connection& connection) {
  std::lock_guard lock(mutex_);
  if (forged_) {
    return broken(0, std::nullopt,
                  "The checkpoint file " + file_.string() +
                      " does not carry a valid seal: it was not written by "
                      "this server's key.");
  }
  auto verdict = verify_audit_chain_from(connection, latest_);
  if (verdict.verified && verdict.head_seq > 0 && (!latest_ || verdict.head_seq > latest_->seq)) {
    AuditCheckpoint next{verdict.rows, verdict.head_seq, verdict.head_hash};
    write_audit_checkpoint(file_, key_, next);
    latest_ = std::move(next);
  }
  return verdict;
}

}  // namespace motus::store
