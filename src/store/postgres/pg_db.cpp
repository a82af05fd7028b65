#include "store/postgres/pg_db.hpp"

#include <chrono>

#include "store/postgres/pg_backup.hpp"
#include "store/postgres/pg_migrations.hpp"

namespace motus::store::postgres {
namespace {

const Statement begin_read{"begin_read", "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"};
const Statement begin_write{"begin_write", "BEGIN"};
// The advisory lock audit_log_tail() takes (migration 0002): the same key, so a batch holding it
// also holds the audit chain, and it needs no schema (the store's own tests write without one).
const Statement take_audit_turn{"take_audit_turn", "SELECT pg_advisory_xact_lock(465491244404)"};
const Statement commit{"commit", "COMMIT"};
const Statement rollback{"rollback", "ROLLBACK"};

void rollback_if_open(PgConnection& connection) {
  if (!connection.in_transaction()) return;
  try {
    connection.execute(rollback);
  } catch (const StoreError&) {
    // The failure that brought us here is what the callers need to hear about; the server
    // undoes an unfinished transaction when its connection ends.
  }
}

// The writer's one connection. The server may drop it (a restart, a failover); the writer then
// asks for a fresh one before the next batch.
class PgWriterDialect final : public WriterDialect {
 public:
  PgWriterDialect(std::string url, std::chrono::milliseconds busy_timeout)
      : url_(std::move(url)),
        busy_timeout_(busy_timeout),
        connection_(std::make_unique<PgConnection>(url_, busy_timeout_)) {}

  const Statement& begin() const override { return begin_write; }
  Connection& connection() override { return *connection_; }
  bool in_transaction() const override { return connection_->in_transaction(); }
  bool broken() const override { return connection_->broken(); }
  void reconnect() override { connection_ = std::make_unique<PgConnection>(url_, busy_timeout_); }
  // The audit chain's lock, which the batch's audit rows take anyway, taken first: another server's
  // writer waits for this batch's COMMIT before it locks any row, so two batches cannot deadlock
  // over the rows their triggers update (0016).
  void take_turn() override { connection_->send_with_next(take_audit_turn); }
  void send_with_next(const Statement& statement) override {
    connection_->send_with_next(statement);
  }

 private:
  const std::string url_;
  const std::chrono::milliseconds busy_timeout_;
  std::unique_ptr<PgConnection> connection_;
};

}  // namespace

PgDb::PgDb(std::string url, DbOptions options)
    : url_(std::move(url)),
      options_(std::move(options)),
      writer_(std::make_unique<PgWriterDialect>(url_, options_.busy_timeout), options_.max_batch,
              options_.on_commit) {}

PgDb::~PgDb() { close(); }

void PgDb::ensure_open() const {
  if (closed_) throw closed_store_error();
}

std::shared_ptr<PgConnection> PgDb::reader_for_this_thread() {
  const auto thread = std::this_thread::get_id();
  {
    std::lock_guard lock(readers_mutex_);
    ensure_open();
    if (auto found = readers_.find(thread); found != readers_.end()) return found->second;
  }
  // Connecting takes a network round trip or more; do it outside the lock.
  auto connection = std::make_shared<PgConnection>(url_, options_.busy_timeout);
  std::lock_guard lock(readers_mutex_);
  ensure_open();
  readers_.emplace(thread, connection);
  return connection;
}

void PgDb::forget_reader(const std::shared_ptr<PgConnection>& connection) {
  std::lock_guard lock(readers_mutex_);
  const auto found = readers_.find(std::this_thread::get_id());
  if (found != readers_.end() && found->second == connection) readers_.erase(found);
}

void PgDb::read(const std::function<void(Connection&)>& work) {
  const auto connection = reader_for_this_thread();
  // BEGIN travels with the work's first statement and COMMIT is not waited for, so a snapshot
  // costs no round trip beyond its statements (pg_connection.hpp).
  connection->begin_snapshot(begin_read);
  try {
    work(*connection);
    connection->finish_snapshot(commit);
  } catch (...) {
    connection->abandon_snapshot();
    rollback_if_open(*connection);
    // A server restart breaks the connection; the thread's next read opens a fresh one.
    if (connection->broken()) forget_reader(connection);
    throw;
  }
}

void PgDb::write(std::function<void(Connection&)> work,
                 std::function<void(std::exception_ptr)> done) {
  writer_.write(std::move(work), std::move(done));
}

void PgDb::audit(AuditEntry entry, std::function<void(std::exception_ptr)> done) {
  writer_.audit(std::move(entry), std::move(done));
}

bool PgDb::ping() {
  try {
    read([](Connection& connection) { connection.query({"ping", "SELECT 1"}); });
    return true;
  } catch (const StoreError&) {
    return false;
  }
}

std::vector<int> PgDb::migrate() {
  {
    std::lock_guard lock(readers_mutex_);
    ensure_open();
  }
  PgConnection connection(url_, options_.busy_timeout);
  return apply_migrations(connection,
                          options_.migrations ? *options_.migrations : embedded_migrations());
}

void PgDb::backup(const std::string& destination) {
  {
    std::lock_guard lock(readers_mutex_);
    ensure_open();
  }
  dump_database(url_, destination);
}

void PgDb::close() {
  writer_.close();
  std::lock_guard lock(readers_mutex_);
  closed_ = true;
  readers_.clear();
}

}  // namespace motus::store::postgres
