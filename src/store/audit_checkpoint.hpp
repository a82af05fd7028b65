#pragma once
// Anchors the audit chain's head outside the audit table. The hash chain (audit_log.hpp) shows
// an edited or removed row, except the newest ones: cut rows off the end and what is left is
// still a valid chain. So whenever the chain verifies, its head (row count, last seq and hash)
// is written to a checkpoint file sealed with an HMAC-SHA-256 whose key never enters the
// database; a later check starts from that checkpoint and finds a head that went missing, a
// row at the checkpoint that changed, or a checkpoint that was forged. Someone able to change
// the database but not to read the key can no longer shorten the log unseen.
//
// Where: the checkpoint file and the key file are settings (audit_checkpoint_file,
// audit_key_file, or the key itself as audit_key); by default both sit next to a SQLite file
// ("motus.db.audit-checkpoint", "motus.db.audit-key") and in the working directory for
// PostgreSQL ("motus.audit-checkpoint", "motus.audit-key"). With several servers on one
// PostgreSQL each keeps its own: a checkpoint only says "the chain once had this head", which
// every server's stays true of. The key file is created at first start, 0600.
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "store/audit_log.hpp"
#include "store/db.hpp"

namespace motus::store {

struct AuditCheckpoint {
  std::int64_t rows = 0;  // rows in the chain up to and including `seq`
  std::int64_t seq = 0;   // the head's seq
  std::string hash;       // the head's hash
};

// The default place of an audit file for the database at `db_url`: next to a SQLite file
// (PATH + suffix), else "motus" + suffix in the working directory.
std::string default_audit_file(std::string_view db_url, std::string_view suffix);
inline constexpr std::string_view kCheckpointSuffix = ".audit-checkpoint";
inline constexpr std::string_view kKeySuffix = ".audit-key";

// A key written as 64 hex digits (32 bytes); std::invalid_argument otherwise.
std::string audit_key_from_hex(std::string_view hex);
// The key in `file`; std::runtime_error when it cannot be read or is not a key.
std::string read_audit_key(const std::filesystem::path& file);
// The key in `file`, first creating the file (mode 0600, 32 random bytes as hex) when missing.
std::string read_or_create_audit_key(const std::filesystem::path& file);

// What a checkpoint file holds: nothing yet, a checkpoint whose seal is right, or a file whose
// seal does not match what it says (written without the key).
struct CheckpointFile {
  std::optional<AuditCheckpoint> checkpoint;
  bool forged = false;
};
// std::runtime_error when the file exists but cannot be read.
CheckpointFile read_audit_checkpoint(const std::filesystem::path& file, const std::string& key);
// Writes the sealed checkpoint under a temporary name and renames it into place (mode 0600).
void write_audit_checkpoint(const std::filesystem::path& file, const std::string& key,
                            const AuditCheckpoint& checkpoint);

// Verifies the chain from `from` (nullopt: from its first row) to its head. From a checkpoint,
// the row at its seq must still carry its hash and the rows up to it must still number its
// row count; rows after it are re-hashed one by one.
ChainVerdict verify_audit_chain_from(Connection& connection,
                                     const std::optional<AuditCheckpoint>& from);

// A server's anchor: the newest checkpoint it holds (read from the file at start), verifying
// from it and moving it to the head each time the chain verifies. Thread-safe.
class AuditAnchor {
 public:
  // Reads the key (creating the key file when `key` is empty and the file is missing) and the
  // checkpoint file. std::runtime_error when either cannot be read.
  AuditAnchor(std::filesystem::path checkpoint_file, const std::string& key,
              const std::filesystem::path& key_file);

  // Verifies from the newest checkpoint; when the chain verifies and grew, its head becomes the
  // newest checkpoint, written to the file.
  ChainVerdict verify_and_advance(Connection& connection);

  const std::filesystem::path& checkpoint_file() const { return file_; }

 private:
  std::filesystem::path file_;
  std::string key_;
  std::mutex mutex_;
  std::optional<AuditCheckpoint> latest_;
  bool forged_ = false;
};

}  // namespace motus::store
