// Health data at rest on SQLite: a deleted member's words do not linger in the database file's
// free pages (secure_delete), and every file Motus makes is readable by its owner only.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "store/journey_checkin_repository.hpp"
#include "store/member_purge.hpp"
#include "store/organization_repository.hpp"
#include "store/user_repository.hpp"
#include "support/server_process.hpp"
#include "support/temp_dir.hpp"

namespace motus::store {
namespace {

namespace fs = std::filesystem;

const std::string kNeedle = "Quillon-Vantreese-7Q";  // in the member's name and notes only

std::string bytes_of(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Where the needle is on disk: the database file and a write-ahead log if one is left.
bool on_disk(const std::string& path) {
  for (const auto& file : {path, path + "-wal"}) {
    if (fs::exists(file) && bytes_of(file).find(kNeedle) != std::string::npos) return true;
  }
  return false;
}

void add_member_with_notes(Db& db) {
  db.write_and_wait([](Connection& c) {
    insert_organization(c, {"org-1", "Harbour Mills", "HARBOUR", 1});
    User member;
    member.id = "m-1";
    member.email = "quillon@mail.test";
    member.password_hash = "not-a-real-hash";
    member.first_name = kNeedle;
    member.last_name = "Morrow";
    member.date_of_birth = "1980-01-02";
    member.organization_id = "org-1";
    insert_user(c, member);
    for (int i = 0; i < 200; ++i) {
      insert_checkin(c, {"c-" + std::to_string(i), "m-1", 1000 + i, 4, false,
                         "stiff after sitting, " + kNeedle + " note " + std::to_string(i)});
    }
  });
}

TEST(DataAtRest, DeletedMemberLeavesNoBytesInTheDatabaseFile) {
  test::TempDir directory;
  const auto path = directory.file("motus.db");
  {
    auto db = open_db("sqlite:" + path);
    db->migrate();
    add_member_with_notes(*db);
    db->close();
  }
  ASSERT_TRUE(on_disk(path)) << "the scan must see the member before the delete";
  {
    auto db = open_db("sqlite:" + path);
    db->write_and_wait([](Connection& c) { purge_member(c, "m-1", "quillon@mail.test"); });
    db->close();
  }
  EXPECT_FALSE(on_disk(path))
      << "a deleted member's rows are still readable in the file's free pages";
}

// Sets a permissive umask for one test, as a careless shell would, and puts the old one back.
struct OpenUmask {
  OpenUmask() : previous(::umask(022)) {}
  ~OpenUmask() { ::umask(previous); }
  mode_t previous;
};

bool owner_only(const fs::path& file) {
  struct stat info {};
  if (::stat(file.c_str(), &info) != 0) return false;
  return (info.st_mode & 077) == 0;
}

TEST(DataAtRest, DatabaseWalBackupAndRestoredCopyAreOwnerOnly) {
  OpenUmask umask;
  test::TempDir directory;
  const auto path = directory.file("motus.db");
  {
    test::ServerProcess server({.args = {}, .env = {}, .db_url = "sqlite:" + path});
    for (const auto& file : {path, path + "-wal", path + "-shm"}) {
      ASSERT_TRUE(fs::exists(file)) << file;
      EXPECT_TRUE(owner_only(file)) << file << " can be read by others";
    }
    server.stop(SIGTERM);
  }
  const auto key = directory.file("backup.key");
  std::ofstream(key) << std::string(32, 'k');
  const auto backup = directory.file("motus.backup");
  const auto made = test::run_motus({"backup", backup, "--key", key, "--db", "sqlite:" + path});
  ASSERT_EQ(made.exit_code, 0) << made.err;
  EXPECT_TRUE(owner_only(backup)) << "the backup can be read by others";
  const auto restored = directory.file("restored.db");
  const auto back = test::run_motus({"restore", backup, "--key", key, "--to", restored});
  ASSERT_EQ(back.exit_code, 0) << back.err;
  EXPECT_TRUE(owner_only(restored)) << "the restored copy can be read by others";
}

}  // namespace
}  // namespace motus::store
