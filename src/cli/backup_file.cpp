#include "cli/backup_file.hpp"

#include <sodium.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <system_error>
#include <vector>

#include "cli/commands.hpp"

namespace motus::cli {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kMagic = "MOTUSBK1";
constexpr std::size_t kKeyIdBytes = 16;
constexpr std::size_t kPrefixBytes = 8 + kKeyIdBytes;
constexpr std::size_t kChunk = 64 * 1024;
constexpr std::size_t kSealedChunk = kChunk + crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr std::size_t kShortestKeyFile = 32;

void init_sodium() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
}

// Names the key without revealing it: a keyed hash of a fixed text.
std::array<unsigned char, kKeyIdBytes> key_id(const BackupKey& key) {
  static constexpr std::string_view kLabel = "motus backup key id";
  std::array<unsigned char, kKeyIdBytes> id{};
  crypto_generichash(id.data(), id.size(), reinterpret_cast<const unsigned char*>(kLabel.data()),
                     kLabel.size(), key.bytes.data(), key.bytes.size());
  return id;
}

std::vector<unsigned char> prefix_for(const BackupKey& key) {
  std::vector<unsigned char> prefix(kMagic.begin(), kMagic.end());
  const auto id = key_id(key);
  prefix.insert(prefix.end(), id.begin(), id.end());
  return prefix;
}

std::size_t read_some(std::ifstream& in, unsigned char* into, std::size_t most) {
  in.read(reinterpret_cast<char*>(into), static_cast<std::streamsize>(most));
  return static_cast<std::size_t>(in.gcount());
}

void write_all(std::ofstream& out, const unsigned char* from, std::size_t size,
               const fs::path& path) {
  out.write(reinterpret_cast<const char*>(from), static_cast<std::streamsize>(size));
  if (!out) throw std::runtime_error("cannot write '" + path.string() + "'");
}

// The output file under its .partial name until finish() renames it; removed otherwise.
class PartialFile {
 public:
  explicit PartialFile(fs::path final_path)
      : final_(std::move(final_path)), partial_(final_.string() + ".partial") {
    out_.open(partial_, std::ios::binary | std::ios::trunc);
    if (!out_) throw std::runtime_error("cannot create '" + partial_.string() + "'");
  }
  ~PartialFile() {
    if (finished_) return;
    out_.close();
    std::error_code ignored;
    fs::remove(partial_, ignored);
  }
  std::ofstream& out() { return out_; }
  const fs::path& path() const { return partial_; }
  void finish() {
    out_.close();
    if (!out_) throw std::runtime_error("cannot write '" + partial_.string() + "'");
    std::error_code ec;
    fs::rename(partial_, final_, ec);
    if (ec) throw std::runtime_error("cannot name '" + final_.string() + "': " + ec.message());
    finished_ = true;
  }

 private:
  fs::path final_;
  fs::path partial_;
  std::ofstream out_;
  bool finished_ = false;
};

}  // namespace

BackupKey read_backup_key(const fs::path& file) {
  init_sodium();
  std::ifstream in(file, std::ios::binary);
  if (!in) throw UsageError("cannot read the key file '" + file.string() + "'");
  const std::string contents((std::istreambuf_iterator<char>(in)),
                             std::istreambuf_iterator<char>());
  if (contents.size() < kShortestKeyFile) {
    throw UsageError("the key file '" + file.string() + "' holds " +
                     std::to_string(contents.size()) +
                     " bytes; a backup key needs at least 32 random bytes (make one with: "
                     "head -c 32 /dev/urandom > backup.key)");
  }
  BackupKey key;
  crypto_generichash(key.bytes.data(), key.bytes.size(),
                     reinterpret_cast<const unsigned char*>(contents.data()), contents.size(),
                     nullptr, 0);
  return key;
}

void seal_backup(const fs::path& plain, const fs::path& sealed, const BackupKey& key) {
  init_sodium();
  std::ifstream in(plain, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read '" + plain.string() + "'");
  PartialFile file(sealed);
  const auto prefix = prefix_for(key);
  write_all(file.out(), prefix.data(), prefix.size(), file.path());

  crypto_secretstream_xchacha20poly1305_state state;
  unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
  crypto_secretstream_xchacha20poly1305_init_push(&state, header, key.bytes.data());
  write_all(file.out(), header, sizeof header, file.path());

  std::vector<unsigned char> chunk(kChunk);
  std::vector<unsigned char> cipher(kSealedChunk);
  std::size_t size = read_some(in, chunk.data(), kChunk);
  for (;;) {
    // Reading one chunk ahead tells whether this one is the last.
    std::vector<unsigned char> next(kChunk);
    const std::size_t next_size = in ? read_some(in, next.data(), kChunk) : 0;
    const bool last = next_size == 0;
    unsigned long long written = 0;
    crypto_secretstream_xchacha20poly1305_push(
        &state, cipher.data(), &written, chunk.data(), size, prefix.data(), prefix.size(),
        last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
    write_all(file.out(), cipher.data(), static_cast<std::size_t>(written), file.path());
    if (last) break;
    chunk.swap(next);
    size = next_size;
  }
  if (in.bad()) throw std::runtime_error("cannot read '" + plain.string() + "'");
  sodium_memzero(&state, sizeof state);
  file.finish();
}

void open_backup(const fs::path& sealed, const fs::path& plain, const BackupKey& key) {
  init_sodium();
  const std::string name = "'" + sealed.string() + "'";
  std::ifstream in(sealed, std::ios::binary);
  if (!in) throw BackupRejected("cannot read the backup " + name);
  const auto expected = prefix_for(key);
  std::vector<unsigned char> prefix(kPrefixBytes);
  if (read_some(in, prefix.data(), prefix.size()) != prefix.size() ||
      !std::equal(kMagic.begin(), kMagic.end(), prefix.begin())) {
    throw BackupRejected(name + " is not a Motus backup (it does not start with " +
                         std::string(kMagic) + ")");
  }
  if (prefix != expected) {
    throw BackupRejected("the backup " + name + " was sealed with a different key than --key");
  }
  unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
  crypto_secretstream_xchacha20poly1305_state state;
  if (read_some(in, header, sizeof header) != sizeof header ||
      crypto_secretstream_xchacha20poly1305_init_pull(&state, header, key.bytes.data()) != 0) {
    throw BackupRejected("the backup " + name + " is cut short: its header is incomplete");
  }

  PartialFile file(plain);
  std::vector<unsigned char> cipher(kSealedChunk);
  std::vector<unsigned char> chunk(kChunk);
  for (std::size_t index = 0;; ++index) {
    const std::size_t size = read_some(in, cipher.data(), cipher.size());
    if (size == 0)
      throw BackupRejected("the backup " + name +
                           " is cut short: its end is missing; nothing was restored");
    unsigned long long opened = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(&state, chunk.data(), &opened, &tag,
                                                   cipher.data(), size, prefix.data(),
                                                   prefix.size()) != 0) {
      throw BackupRejected("the backup " + name + " has been changed or damaged (part " +
                           std::to_string(index + 1) + " does not verify); nothing was restored");
    }
    write_all(file.out(), chunk.data(), static_cast<std::size_t>(opened), file.path());
    if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) break;
  }
  if (in.peek() != std::char_traits<char>::eof()) {
    throw BackupRejected("the backup " + name + " has data after its end; nothing was restored");
  }
  sodium_memzero(chunk.data(), chunk.size());
  file.finish();
}

}  // namespace motus::cli
