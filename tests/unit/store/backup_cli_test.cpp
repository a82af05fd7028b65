// `motus backup --key` and `motus restore` as an operator runs them: the backup is sealed (no
// byte of the database readable in it), restores with the right key into a working database,
// and is refused, with nothing written, without a key, with a wrong key, or once changed.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/server_process.hpp"
#include "support/temp_dir.hpp"
#include "unit/store/checkin_table.hpp"

namespace motus::store {
namespace {

namespace fs = std::filesystem;
using test::run_motus;

std::string bytes_of(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

void write_bytes(const fs::path& file, const std::string& bytes) {
  std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
}

class BackupCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(fs::exists(MOTUS_BINARY)) << "build the motus target first";
    auto db = testing::open_with_checkins("sqlite:" + database);
    // Enough rows for several 64 KiB chunks, each with a note that must not show in the backup.
    db->write_and_wait([](Connection& c) {
      for (std::int64_t id = 1; id <= 3000; ++id) {
        c.execute(testing::insert_checkin,
                  {id, "m-7", id % 10, "Marguerite-Okonkwo sat badly " + std::to_string(id)});
      }
    });
    db->close();
    write_bytes(key, std::string(32, 'a') + "the rest of a long random key");
    write_bytes(other_key, std::string(40, 'b'));
  }

  test::CommandResult backup() {
    return run_motus({"backup", sealed, "--key", key, "--db", "sqlite:" + database});
  }
  test::CommandResult restore(const std::string& with_key) {
    return run_motus({"restore", sealed, "--key", with_key, "--to", restored});
  }
  bool nothing_restored() const {
    return !fs::exists(restored) && !fs::exists(restored + ".partial");
  }

  test::TempDir directory;
  std::string database = directory.file("motus.db");
  std::string key = directory.file("backup.key");
  std::string other_key = directory.file("other.key");
  std::string sealed = directory.file("motus.backup");
  std::string restored = directory.file("restored.db");
};

TEST_F(BackupCommand, SealedBackupRestoresIntoAWorkingDatabase) {
  const auto made = backup();
  ASSERT_EQ(made.exit_code, 0) << made.err;
  EXPECT_NE(made.out.find("encrypted"), std::string::npos) << made.out;
  const auto bytes = bytes_of(sealed);
  EXPECT_EQ(bytes.rfind("MOTUSBK1", 0), 0u);
  EXPECT_EQ(bytes.find("SQLite format 3"), std::string::npos) << "the database shows through";
  EXPECT_EQ(bytes.find("Marguerite-Okonkwo"), std::string::npos) << "a member's words show through";
  EXPECT_FALSE(fs::exists(sealed + ".unsealed")) << "the unsealed copy is left behind";

  const auto back = restore(key);
  ASSERT_EQ(back.exit_code, 0) << back.err;
  EXPECT_NE(back.out.find("Verified"), std::string::npos) << back.out;
  auto copy = open_db("sqlite:" + restored);
  EXPECT_EQ(testing::count_of_checkins(*copy), 3000);
  EXPECT_TRUE(testing::has_checkin(*copy, 2999));
}

TEST_F(BackupCommand, WithoutAKeyIsAUsageErrorAndWritesNothing) {
  const auto made = run_motus({"backup", sealed, "--db", "sqlite:" + database});
  EXPECT_EQ(made.exit_code, 2);
  EXPECT_NE(made.err.find("needs --key FILE"), std::string::npos) << made.err;
  EXPECT_FALSE(fs::exists(sealed));

  write_bytes(directory.file("short.key"), "only sixteen b..");
  const auto short_key = run_motus(
      {"backup", sealed, "--key", directory.file("short.key"), "--db", "sqlite:" + database});
  EXPECT_EQ(short_key.exit_code, 2);
  EXPECT_NE(short_key.err.find("at least 32 random bytes"), std::string::npos) << short_key.err;
  const auto missing = run_motus(
      {"backup", sealed, "--key", directory.file("nowhere.key"), "--db", "sqlite:" + database});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("cannot read the key file"), std::string::npos) << missing.err;
  EXPECT_FALSE(fs::exists(sealed));

  ASSERT_EQ(backup().exit_code, 0);
  const auto keyless = run_motus({"restore", sealed, "--to", restored});
  EXPECT_EQ(keyless.exit_code, 2);
  EXPECT_NE(keyless.err.find("needs --key FILE"), std::string::npos) << keyless.err;
  EXPECT_TRUE(nothing_restored());
}

TEST_F(BackupCommand, WrongKeyIsRefusedByName) {
  ASSERT_EQ(backup().exit_code, 0);
  const auto back = restore(other_key);
  EXPECT_EQ(back.exit_code, 1);
  EXPECT_NE(back.err.find("sealed with a different key"), std::string::npos) << back.err;
  EXPECT_TRUE(nothing_restored());
}

TEST_F(BackupCommand, AnyFlippedByteIsRefusedAndNothingIsRestored) {
  ASSERT_EQ(backup().exit_code, 0);
  const auto original = bytes_of(sealed);
  // In the key id, in the stream header, in the first chunk, in a middle chunk, in the last.
  for (const std::size_t at : {std::size_t{10}, std::size_t{30}, std::size_t{100},
                               original.size() / 2, original.size() - 3}) {
    auto changed = original;
    changed[at] = static_cast<char>(changed[at] ^ 0x01);
    write_bytes(sealed, changed);
    const auto back = restore(key);
    EXPECT_EQ(back.exit_code, 1) << "byte " << at;
    EXPECT_NE(back.err.find("motus: "), std::string::npos) << back.err;
    EXPECT_TRUE(nothing_restored()) << "byte " << at;
  }
  write_bytes(sealed, original);
  EXPECT_EQ(restore(key).exit_code, 0) << "the unchanged file still restores";
}

TEST_F(BackupCommand, CutShortOrExtendedIsRefused) {
  ASSERT_EQ(backup().exit_code, 0);
  const auto original = bytes_of(sealed);
  const std::size_t chunk = 64 * 1024 + 17;
  // Cut at a chunk boundary, so every chunk left verifies and only the missing end tells.
  write_bytes(sealed, original.substr(0, 8 + 16 + 24 + chunk));
  auto back = restore(key);
  EXPECT_EQ(back.exit_code, 1);
  EXPECT_NE(back.err.find("cut short"), std::string::npos) << back.err;
  EXPECT_TRUE(nothing_restored());

  // Bytes added after the end join the last part, which then no longer verifies.
  write_bytes(sealed, original + "extra");
  back = restore(key);
  EXPECT_EQ(back.exit_code, 1);
  EXPECT_NE(back.err.find("nothing was restored"), std::string::npos) << back.err;
  EXPECT_TRUE(nothing_restored());
}

TEST_F(BackupCommand, PlainDatabaseIsNotABackupAndRestoreNeverOverwrites) {
  fs::copy_file(database, sealed);
  auto back = restore(key);
  EXPECT_EQ(back.exit_code, 1);
  EXPECT_NE(back.err.find("is not a Motus backup"), std::string::npos) << back.err;
  EXPECT_TRUE(nothing_restored());

  fs::remove(sealed);
  ASSERT_EQ(backup().exit_code, 0);
  write_bytes(restored, "precious");
  back = restore(key);
  EXPECT_EQ(back.exit_code, 2);
  EXPECT_NE(back.err.find("will not overwrite"), std::string::npos) << back.err;
  EXPECT_EQ(bytes_of(restored), "precious");
}

}  // namespace
}  // namespace motus::store
