#include "store/postgres/pg_db.hpp"

#include <algorithm>
#include <chrono>

#include "store/postgres/pg_backup.hpp"
#include "store/postgres/pg_migrations.hpp"

namespace motus::store::postgres {
namespace {

const Statement begin_read{"begin_read", "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"};
const Statement begin_write{"begin_write", "BEGIN"};
const Statement commit{"commit", "COMMIT"};
const Statement rollback{"rollback", "ROLLBACK"};
const Statement open_unit{"savepoint_unit_of_work", "SAVEPOINT unit_of_work"};
const Statement keep_unit{"release_unit_of_work", "RELEASE unit_of_work"};
const Statement undo_unit{"rollback_to_unit_of_work", "ROLLBACK TO unit_of_work"};

StoreError closed_error() {
  return StoreError(StoreError::Kind::closed, "the store is closed; nothing more can be done");
}

void rollback_if_open(PgConnection& connection) {
  if (!connection.in_transaction()) return;
  try {
    connection.execute(rollback);
  } catch (const StoreError&) {
    // The failure that brought us here is what the callers need to hear about; the server
    // undoes an unfinished transaction when its connection ends.
  }
}

// COMMIT of a transaction that a failed statement left aborted "succeeds" as a ROLLBACK, so a
// batch commits only from a healthy state, and anything else is reported as a failure.
void commit_healthy(PgConnection& connection) {
  if (!connection.in_transaction()) {
    throw StoreError(StoreError::Kind::failure, "the transaction ended before it was committed");
  }
  connection.execute(commit);
}

}  // namespace

PgDb::PgDb(std::string url, DbOptions options)
    : url_(std::move(url)),
      options_(std::move(options)),
      writer_connection_(std::make_unique<PgConnection>(url_, options_.busy_timeout)),
      writer_([this] { run_writer(); }) {}

PgDb::~PgDb() { close(); }

void PgDb::ensure_open() const {
  if (closed_) throw closed_error();
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

std::shared_ptr<PgConnection> PgDb::reader_in_snapshot() {
  auto connection = reader_for_this_thread();
  try {
    connection->execute(begin_read);
    return connection;
  } catch (const StoreError&) {
    if (!connection->broken()) throw;
    forget_reader(connection);
  }
  // As for the writer: an idle connection the server dropped is replaced, since no work ran.
  connection = reader_for_this_thread();
  connection->execute(begin_read);
  return connection;
}

void PgDb::read(const std::function<void(Connection&)>& work) {
  const auto connection = reader_in_snapshot();
  try {
    work(*connection);
    connection->execute(commit);
  } catch (...) {
    rollback_if_open(*connection);
    // A server restart breaks the connection; the thread's next read opens a fresh one.
    if (connection->broken()) forget_reader(connection);
    throw;
  }
}

void PgDb::write(std::function<void(Connection&)> work,
                 std::function<void(std::exception_ptr)> done) {
  {
    std::lock_guard lock(queue_mutex_);
    if (closing_) throw closed_error();
    queue_.push_back({std::move(work), std::move(done)});
  }
  queue_ready_.notify_one();
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
  std::lock_guard closing(close_mutex_);
  {
    std::lock_guard lock(queue_mutex_);
    closing_ = true;
  }
  queue_ready_.notify_all();
  if (writer_.joinable()) writer_.join();
  writer_connection_.reset();
  std::lock_guard lock(readers_mutex_);
  closed_ = true;
  readers_.clear();
}

void PgDb::run_writer() {
  std::vector<PendingWrite> batch;
  for (;;) {
    {
      std::unique_lock lock(queue_mutex_);
      queue_ready_.wait(lock, [this] { return closing_ || !queue_.empty(); });
      if (queue_.empty()) return;  // closing, and everything queued before it is done
      const std::size_t take =
          std::min(queue_.size(), std::max<std::size_t>(1, options_.max_batch));
      std::move(queue_.begin(), queue_.begin() + static_cast<std::ptrdiff_t>(take),
                std::back_inserter(batch));
      queue_.erase(queue_.begin(), queue_.begin() + static_cast<std::ptrdiff_t>(take));
    }
    commit_batch(batch);
    batch.clear();
  }
}

PgConnection& PgDb::begin_batch() {
  if (writer_connection_ && !writer_connection_->broken()) {
    try {
      writer_connection_->execute(begin_write);
      return *writer_connection_;
    } catch (const StoreError&) {
      if (!writer_connection_->broken()) throw;
    }
  }
  // The server dropped the connection while it sat idle (a restart, a failover). Nothing of the
  // batch has run, so a fresh connection can take it whole.
  writer_connection_ = std::make_unique<PgConnection>(url_, options_.busy_timeout);
  writer_connection_->execute(begin_write);
  return *writer_connection_;
}

void PgDb::commit_batch(std::vector<PendingWrite>& batch) {
  std::vector<std::exception_ptr> outcome(batch.size());
  const auto started = std::chrono::steady_clock::now();
  PgConnection* writer = nullptr;
  try {
    writer = &begin_batch();
  } catch (...) {
    for (auto& pending : batch) {
      if (pending.done) pending.done(std::current_exception());
    }
    return;
  }
  PgConnection& connection = *writer;
  // Units [first_kept, end) share the open transaction; earlier ones were lost with an earlier
  // transaction that could not go on.
  std::size_t first_kept = 0;

  const auto fail_from = [&](std::size_t from, std::size_t to, const std::exception_ptr& error) {
    for (std::size_t i = from; i < to; ++i) {
      if (!outcome[i]) outcome[i] = error;
    }
  };
  const auto begin = [&](std::size_t unit) {
    try {
      connection.execute(begin_write);
      return true;
    } catch (...) {
      fail_from(unit, batch.size(), std::current_exception());
      return false;
    }
  };

  bool open = true;
  for (std::size_t i = 0; open && i < batch.size(); ++i) {
    try {
      connection.execute(open_unit);
      batch[i].work(connection);
      connection.execute(keep_unit);
    } catch (...) {
      outcome[i] = std::current_exception();
      try {
        // A failed statement leaves the transaction aborted; rolling back to the unit's
        // savepoint makes it usable again without losing the batch-mates' work.
        connection.execute(undo_unit);
        connection.execute(keep_unit);
      } catch (...) {
        // A lost connection ends the whole transaction, taking the batch-mates before this
        // unit with it: they are told, and the rest start a fresh transaction.
        rollback_if_open(connection);
        fail_from(first_kept, i, std::current_exception());
        first_kept = i + 1;
        open = !connection.broken() && begin(first_kept);
        if (connection.broken()) fail_from(first_kept, batch.size(), std::current_exception());
      }
    }
  }

  if (open) {
    bool durable = false;
    try {
      commit_healthy(connection);
      durable = true;
    } catch (...) {
      rollback_if_open(connection);
      fail_from(first_kept, batch.size(), std::current_exception());
    }
    if (durable && options_.on_commit) {
      options_.on_commit({std::chrono::steady_clock::now() - started, batch.size() - first_kept});
    }
  }

  for (std::size_t i = 0; i < batch.size(); ++i) {
    if (batch[i].done) batch[i].done(outcome[i]);
  }
}

}  // namespace motus::store::postgres
