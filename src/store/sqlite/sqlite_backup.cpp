#include "store/sqlite/sqlite_backup.hpp"

#include <chrono>
#include <filesystem>
#include <system_error>
#include <thread>

#include "store/sqlite/sqlite_error.hpp"

namespace motus::store::sqlite {
namespace {

// Closes the half-made copy on every path out of copy_database.
struct OpenCopy {
  sqlite3* handle = nullptr;
  ~OpenCopy() { sqlite3_close_v2(handle); }
};

void run_backup(sqlite3* source, sqlite3* copy) {
  sqlite3_backup* backup = sqlite3_backup_init(copy, "main", source, "main");
  if (backup == nullptr) throw_sqlite_error(copy, sqlite3_errcode(copy), "starting the backup");
  int result = SQLITE_OK;
  // -1 copies every page in one step, under one read snapshot of the source.
  while ((result = sqlite3_backup_step(backup, -1)) == SQLITE_BUSY || result == SQLITE_LOCKED) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  const int finished = sqlite3_backup_finish(backup);
  if (result != SQLITE_DONE) throw_sqlite_error(copy, result, "copying the database");
  if (finished != SQLITE_OK) throw_sqlite_error(copy, finished, "finishing the backup");
}

}  // namespace

void copy_database(SqliteConnection& source, const std::string& destination) {
  const std::string partial = destination + ".partial";
  std::error_code ignored;
  std::filesystem::remove(partial, ignored);
  {
    OpenCopy copy;
    const int opened = sqlite3_open_v2(partial.c_str(), &copy.handle,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (opened != SQLITE_OK) {
      throw_sqlite_error(copy.handle, opened, "creating the backup file '" + partial + "'");
    }
    try {
      run_backup(source.handle(), copy.handle);
    } catch (const StoreError&) {
      sqlite3_close_v2(copy.handle);
      copy.handle = nullptr;
      std::filesystem::remove(partial, ignored);
      throw;
    }
  }
  std::error_code renamed;
  std::filesystem::rename(partial, destination, renamed);
  if (renamed) {
    throw StoreError(StoreError::Kind::failure,
                     "could not name the backup '" + destination + "': " + renamed.message());
  }
}

}  // namespace motus::store::sqlite
