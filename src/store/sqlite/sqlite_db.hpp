#pragma once
// The SQLite back end. Reads run inline on the calling thread's own connection inside a read
// transaction (one snapshot per unit of work; WAL readers never wait for the writer). Writes
// go through the shared group-commit writer (store/group_commit_writer.hpp): one fsync for many
// callers, each acknowledged only after COMMIT returned.
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "store/db.hpp"
#include "store/group_commit_writer.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace motus::store::sqlite {

class SqliteDb final : public Db {
 public:
  SqliteDb(std::string path, DbOptions options);
  ~SqliteDb() override;
  SqliteDb(const SqliteDb&) = delete;
  SqliteDb& operator=(const SqliteDb&) = delete;

  std::string_view dialect() const override { return "sqlite"; }
  void read(const std::function<void(Connection&)>& work) override;
  void write(std::function<void(Connection&)> work,
             std::function<void(std::exception_ptr)> done) override;
  void audit(AuditEntry entry, std::function<void(std::exception_ptr)> done) override;
  bool ping() override;
  std::vector<int> migrate() override;
  void backup(const std::string& destination) override;
  void close() override;

 private:
  // A thread's connection lives until close(): the server's threads are a fixed pool. Shared so
  // a read still running when close() is called keeps its connection until it ends.
  std::shared_ptr<SqliteConnection> reader_for_this_thread();
  void ensure_open() const;

  const std::string path_;
  const DbOptions options_;

  std::mutex readers_mutex_;
  std::unordered_map<std::thread::id, std::shared_ptr<SqliteConnection>> readers_;
  bool closed_ = false;  // guarded by readers_mutex_

  GroupCommitWriter writer_;
};

}  // namespace motus::store::sqlite
