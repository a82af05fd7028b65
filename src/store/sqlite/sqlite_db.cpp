#include "store/sqlite/sqlite_db.hpp"

#include <chrono>

#include "store/sqlite/sqlite_backup.hpp"
#include "store/sqlite/sqlite_migrations.hpp"

namespace motus::store::sqlite {
namespace {

const Statement begin_read{"begin_read", "BEGIN"};
const Statement begin_write{"begin_write", "BEGIN IMMEDIATE"};
const Statement commit{"commit", "COMMIT"};
const Statement rollback{"rollback", "ROLLBACK"};

void rollback_if_open(SqliteConnection& connection) {
  if (!connection.in_transaction()) return;
  try {
    connection.execute(rollback);
  } catch (const StoreError&) {
    // The failure that brought us here is what the callers need to hear about; SQLite undoes
    // an unfinished transaction anyway the next time the database is opened.
  }
}

// The writer's one connection, open on the file for as long as the store is. A file does not go
// away the way a server connection can, so it never needs replacing.
class SqliteWriterDialect final : public WriterDialect {
 public:
  SqliteWriterDialect(const std::string& path, std::chrono::milliseconds busy_timeout)
      : connection_(path, Access::read_write, busy_timeout) {}

  const Statement& begin() const override { return begin_write; }
  Connection& connection() override { return connection_; }
  bool in_transaction() const override { return connection_.in_transaction(); }
  bool broken() const override { return false; }
  void reconnect() override {}

 private:
  SqliteConnection connection_;
};

}  // namespace

SqliteDb::SqliteDb(std::string path, DbOptions options)
    : path_(std::move(path)),
      options_(std::move(options)),
      writer_(std::make_unique<SqliteWriterDialect>(path_, options_.busy_timeout),
              options_.max_batch, options_.on_commit) {}

SqliteDb::~SqliteDb() { close(); }

void SqliteDb::ensure_open() const {
  if (closed_) throw closed_store_error();
}

std::shared_ptr<SqliteConnection> SqliteDb::reader_for_this_thread() {
  const auto thread = std::this_thread::get_id();
  {
    std::lock_guard lock(readers_mutex_);
    ensure_open();
    if (auto found = readers_.find(thread); found != readers_.end()) return found->second;
  }
  // Opening touches the file system; do it outside the lock so other threads keep reading.
  auto connection =
      std::make_shared<SqliteConnection>(path_, Access::query_only, options_.busy_timeout);
  std::lock_guard lock(readers_mutex_);
  ensure_open();
  readers_.emplace(thread, connection);
  return connection;
}

void SqliteDb::read(const std::function<void(Connection&)>& work) {
  const auto connection = reader_for_this_thread();
  connection->execute(begin_read);
  try {
    work(*connection);
  } catch (...) {
    rollback_if_open(*connection);
    throw;
  }
  connection->execute(commit);
}

void SqliteDb::write(std::function<void(Connection&)> work,
                     std::function<void(std::exception_ptr)> done) {
  writer_.write(std::move(work), std::move(done));
}

void SqliteDb::audit(AuditEntry entry, std::function<void(std::exception_ptr)> done) {
  writer_.audit(std::move(entry), std::move(done));
}

bool SqliteDb::ping() {
  try {
    read([](Connection& connection) { connection.query({"ping", "SELECT 1"}); });
    return true;
  } catch (const StoreError&) {
    return false;
  }
}

std::vector<int> SqliteDb::migrate() {
  {
    std::lock_guard lock(readers_mutex_);
    ensure_open();
  }
  // Its own connection: migrations take their own transactions, and the writer's lock makes
  // them wait for (never interleave with) a batch being committed.
  SqliteConnection connection(path_, Access::read_write, options_.busy_timeout);
  return apply_migrations(connection,
                          options_.migrations ? *options_.migrations : embedded_migrations());
}

void SqliteDb::backup(const std::string& destination) {
  {
    std::lock_guard lock(readers_mutex_);
    ensure_open();
  }
  SqliteConnection source(path_, Access::query_only, options_.busy_timeout);
  copy_database(source, destination);
}

void SqliteDb::close() {
  writer_.close();
  std::lock_guard lock(readers_mutex_);
  closed_ = true;
  readers_.clear();
}

}  // namespace motus::store::sqlite
