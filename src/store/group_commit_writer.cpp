#include "store/group_commit_writer.hpp"

#include <algorithm>
#include <chrono>
#include <iterator>

namespace motus::store {
namespace {

const Statement commit{"commit", "COMMIT"};
const Statement rollback{"rollback", "ROLLBACK"};
const Statement open_unit{"savepoint_unit_of_work", "SAVEPOINT unit_of_work"};
const Statement keep_unit{"release_unit_of_work", "RELEASE unit_of_work"};
const Statement undo_unit{"rollback_to_unit_of_work", "ROLLBACK TO unit_of_work"};

StoreError closed_error() {
  return StoreError(StoreError::Kind::closed, "the store is closed; nothing more can be done");
}

void rollback_if_open(WriterDialect& dialect) {
  if (!dialect.in_transaction()) return;
  try {
    dialect.connection().execute(rollback);
  } catch (const StoreError&) {
    // The failure that brought us here is what the callers need to hear about; the database
    // undoes an unfinished transaction by itself when the connection ends or the file reopens.
  }
}

// Said to the batch-mates of a unit whose failure ended the whole transaction.
StoreError transaction_lost(const WriterDialect& dialect) {
  return StoreError(StoreError::Kind::failure,
                    dialect.broken()
                        ? "the connection to the database was lost during a write that shared "
                          "this one's transaction; this write was not kept"
                        : "the database undid a whole transaction after a failed write; this "
                          "write shared it and was not kept");
}

}  // namespace

GroupCommitWriter::GroupCommitWriter(std::unique_ptr<WriterDialect> dialect, std::size_t max_batch,
                                     std::function<void(const CommitObservation&)> on_commit)
    : dialect_(std::move(dialect)),
      max_batch_(std::max<std::size_t>(1, max_batch)),
      on_commit_(std::move(on_commit)),
      thread_([this] { run(); }) {}

GroupCommitWriter::~GroupCommitWriter() { close(); }

void GroupCommitWriter::write(std::function<void(Connection&)> work, Done done) {
  {
    std::lock_guard lock(queue_mutex_);
    if (closing_) throw closed_error();
    queue_.push_back({std::move(work), std::move(done)});
  }
  queue_ready_.notify_one();
}

void GroupCommitWriter::close() {
  std::lock_guard closing(close_mutex_);
  {
    std::lock_guard lock(queue_mutex_);
    closing_ = true;
  }
  queue_ready_.notify_all();
  if (thread_.joinable()) thread_.join();
  dialect_.reset();
}

void GroupCommitWriter::run() {
  std::vector<Unit> batch;
  for (;;) {
    {
      std::unique_lock lock(queue_mutex_);
      queue_ready_.wait(lock, [this] { return closing_ || !queue_.empty(); });
      if (queue_.empty()) return;  // closing, and everything queued before it is done
      const auto take = static_cast<std::ptrdiff_t>(std::min(queue_.size(), max_batch_));
      std::move(queue_.begin(), queue_.begin() + take, std::back_inserter(batch));
      queue_.erase(queue_.begin(), queue_.begin() + take);
    }
    commit_batch(batch);
    batch.clear();
  }
}

Connection& GroupCommitWriter::begin_batch() {
  if (!dialect_->broken()) {
    try {
      dialect_->connection().execute(dialect_->begin());
      return dialect_->connection();
    } catch (const StoreError&) {
      if (!dialect_->broken()) throw;
    }
  }
  // The server dropped the connection while it sat idle (a restart, a failover). Nothing of the
  // batch has run, so a fresh connection can take it whole.
  dialect_->reconnect();
  dialect_->connection().execute(dialect_->begin());
  return dialect_->connection();
}

void GroupCommitWriter::commit_batch(std::vector<Unit>& batch) {
  std::vector<std::exception_ptr> outcome(batch.size());
  const auto started = std::chrono::steady_clock::now();
  const auto deliver = [&] {
    for (std::size_t i = 0; i < batch.size(); ++i) {
      if (batch[i].done) batch[i].done(outcome[i]);
    }
  };
  Connection* opened = nullptr;
  try {
    opened = &begin_batch();
  } catch (...) {
    std::fill(outcome.begin(), outcome.end(), std::current_exception());
    deliver();
    return;
  }
  Connection& connection = *opened;
  // Units [first_kept, end) share the open transaction; earlier ones were lost with an earlier
  // transaction that could not go on.
  std::size_t first_kept = 0;

  const auto fail_from = [&](std::size_t from, std::size_t to, const std::exception_ptr& error) {
    for (std::size_t i = from; i < to; ++i) {
      if (!outcome[i]) outcome[i] = error;
    }
  };
  const auto begin_again = [&](std::size_t unit) {
    try {
      connection.execute(dialect_->begin());
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
        if (!dialect_->in_transaction()) throw transaction_lost(*dialect_);
        // A failed statement leaves the transaction aborted (PostgreSQL); rolling back to the
        // unit's savepoint makes it usable again without losing the batch-mates' work.
        connection.execute(undo_unit);
        connection.execute(keep_unit);
      } catch (...) {
        // Disk full, an I/O error or a lost connection ends the whole transaction, taking the
        // batch-mates before this unit with it: they are told, and the rest start a fresh
        // transaction, unless the connection itself is gone.
        rollback_if_open(*dialect_);
        fail_from(first_kept, i, std::current_exception());
        first_kept = i + 1;
        open = !dialect_->broken() && begin_again(first_kept);
        if (dialect_->broken()) fail_from(first_kept, batch.size(), std::current_exception());
      }
    }
  }

  if (open) {
    bool durable = false;
    try {
      // COMMIT of a transaction that a failed statement left aborted "succeeds" as a ROLLBACK
      // on PostgreSQL, so a batch commits only from an open transaction.
      if (!dialect_->in_transaction()) throw transaction_lost(*dialect_);
      connection.execute(commit);
      durable = true;
    } catch (...) {
      rollback_if_open(*dialect_);
      fail_from(first_kept, batch.size(), std::current_exception());
    }
    if (durable && on_commit_) {
      on_commit_({std::chrono::steady_clock::now() - started, batch.size() - first_kept});
    }
  }
  deliver();
}

}  // namespace motus::store
