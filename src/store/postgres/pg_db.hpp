#pragma once
// The PostgreSQL back end, shaped like the SQLite one. Reads run inline on the calling thread's
// own connection inside a REPEATABLE READ READ ONLY transaction: one snapshot per unit of work,
// as SQLite's read transactions give, and a read that tries to write fails instead of writing.
// Writes go through the shared group-commit writer (store/group_commit_writer.hpp), which
// acknowledges the callers only after COMMIT returned with synchronous_commit on. Connections:
// one per thread that reads (the server's threads are a fixed pool) plus the writer's.
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "store/db.hpp"
#include "store/group_commit_writer.hpp"
#include "store/postgres/pg_connection.hpp"

namespace motus::store::postgres {

class PgDb final : public Db {
 public:
  PgDb(std::string url, DbOptions options);
  ~PgDb() override;
  PgDb(const PgDb&) = delete;
  PgDb& operator=(const PgDb&) = delete;

  std::string_view dialect() const override { return "postgresql"; }
  void read(const std::function<void(Connection&)>& work) override;
  void write(std::function<void(Connection&)> work,
             std::function<void(std::exception_ptr)> done) override;
  void audit(AuditEntry entry, std::function<void(std::exception_ptr)> done) override;
  bool ping() override;
  std::vector<int> migrate() override;
  void backup(const std::string& destination) override;
  void close() override;

 private:
  std::shared_ptr<PgConnection> reader_for_this_thread();
  void forget_reader(const std::shared_ptr<PgConnection>& connection);
  void ensure_open() const;

  const std::string url_;
  const DbOptions options_;

  std::mutex readers_mutex_;
  std::unordered_map<std::thread::id, std::shared_ptr<PgConnection>> readers_;
  bool closed_ = false;  // guarded by readers_mutex_

  GroupCommitWriter writer_;
};

}  // namespace motus::store::postgres
