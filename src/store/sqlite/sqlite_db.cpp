#include "store/sqlite/sqlite_db.hpp"

#include <algorithm>
#include <chrono>

#include "store/sqlite/sqlite_backup.hpp"
#include "store/sqlite/sqlite_migrations.hpp"

namespace motus::store::sqlite {
namespace {

const Statement begin_read{"begin_read", "BEGIN"};
const Statement begin_write{"begin_write", "BEGIN IMMEDIATE"};
const Statement commit{"commit", "COMMIT"};
const Statement rollback{"rollback", "ROLLBACK"};
const Statement open_unit{"savepoint_unit_of_work", "SAVEPOINT unit_of_work"};
const Statement keep_unit{"release_unit_of_work", "RELEASE unit_of_work"};
const Statement undo_unit{"rollback_to_unit_of_work", "ROLLBACK TO unit_of_work"};

StoreError closed_error() {
  return StoreError(StoreError::Kind::closed, "the store is closed; nothing more can be done");
}

void rollback_if_open(SqliteConnection& connection) {
  if (!connection.in_transaction()) return;
  try {
    connection.execute(rollback);
  } catch (const StoreError&) {
    // The failure that brought us here is what the callers need to hear about; SQLite undoes
    // an unfinished transaction anyway the next time the database is opened.
  }
}

}  // namespace

SqliteDb::SqliteDb(std::string path, DbOptions options)
    : path_(std::move(path)),
      options_(std::move(options)),
      writer_connection_(
          std::make_unique<SqliteConnection>(path_, Access::read_write, options_.busy_timeout)),
      writer_([this] { run_writer(); }) {}

SqliteDb::~SqliteDb() { close(); }

void SqliteDb::ensure_open() const {
  if (closed_) throw closed_error();
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
  {
    std::lock_guard lock(queue_mutex_);
    if (closing_) throw closed_error();
    queue_.push_back({std::move(work), std::move(done)});
  }
  queue_ready_.notify_one();
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

void SqliteDb::run_writer() {
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

void SqliteDb::commit_batch(std::vector<PendingWrite>& batch) {
  SqliteConnection& connection = *writer_connection_;
  std::vector<std::exception_ptr> outcome(batch.size());
  const auto started = std::chrono::steady_clock::now();
  // Units [first_kept, end) share the open transaction; earlier ones were lost with an earlier
  // transaction that SQLite itself rolled back.
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

  bool open = begin(0);
  for (std::size_t i = 0; open && i < batch.size(); ++i) {
    try {
      connection.execute(open_unit);
      batch[i].work(connection);
      connection.execute(keep_unit);
    } catch (...) {
      outcome[i] = std::current_exception();
      try {
        if (!connection.in_transaction()) {
          throw StoreError(StoreError::Kind::failure,
                           "the database undid a whole transaction after a failed write; "
                           "this write shared it and was not kept");
        }
        connection.execute(undo_unit);
        connection.execute(keep_unit);
      } catch (...) {
        // Disk full or an I/O error can end the whole transaction, taking the batch-mates
        // before this unit with it: they are told, and the rest start a fresh transaction.
        rollback_if_open(connection);
        fail_from(first_kept, i, std::current_exception());
        first_kept = i + 1;
        open = begin(first_kept);
      }
    }
  }

  if (open) {
    bool durable = false;
    try {
      connection.execute(commit);
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

}  // namespace motus::store::sqlite
