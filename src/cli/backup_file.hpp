#pragma once
// Sealed backups: a database copy encrypted and authenticated with a key file the operator
// keeps apart from the backups (libsodium crypto_secretstream, XChaCha20-Poly1305, in 64 KiB
// chunks). The file starts with "MOTUSBK1", a 16-byte key id (so a wrong key is named as such)
// and the stream header; the last chunk carries the stream's final tag, so a cut-short file is
// refused as surely as a changed byte.
#include <array>
#include <filesystem>
#include <stdexcept>

namespace motus::cli {

struct BackupKey {
  std::array<unsigned char, 32> bytes{};
};

// The key from a file of at least 32 bytes (e.g. `head -c 32 /dev/urandom > backup.key`);
// UsageError naming the file when it cannot be read or is too short.
BackupKey read_backup_key(const std::filesystem::path& file);

// A backup that cannot be opened: not a backup, another key, changed, damaged or cut short.
struct BackupRejected : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Encrypts `plain` into `sealed` (written beside it as .partial, renamed when complete).
void seal_backup(const std::filesystem::path& plain, const std::filesystem::path& sealed,
                 const BackupKey& key);

// Decrypts and authenticates `sealed` into `plain`; nothing is left at `plain` unless every
// chunk authenticated and the final tag was read. Throws BackupRejected.
void open_backup(const std::filesystem::path& sealed, const std::filesystem::path& plain,
                 const BackupKey& key);

}  // namespace motus::cli
