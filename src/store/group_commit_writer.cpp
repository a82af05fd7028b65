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
    if (closing_) throw closed_store_error();
    queue_.push_back({std::move(work), std::move(done)});
  }
  queue_ready_.notify_one();
}

void GroupCommitWriter::audit(AuditEntry entry, Done done) {
  {
    std::lock_guard lock(queue_mutex_);
    if (closing_) throw closed_store_error();
    audits_.push_back({std::move(entry), std::move(done)});
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
  std::vector<Unit> units;
  std::vector<QueuedAudit> audits;
  for (;;) {
    {
      std::unique_lock lock(queue_mutex_);
      queue_ready_.wait(lock, [this] { return closing_ || !queue_.empty() || !audits_.empty(); });
      // Closing, and everything queued before it is done.
      if (queue_.empty() && audits_.empty()) return;
      const auto take = static_cast<std::ptrdiff_t>(std::min(queue_.size(), max_batch_));
      std::move(queue_.begin(), queue_.begin() + take, std::back_inserter(units));
      queue_.erase(queue_.begin(), queue_.begin() + take);
      // An entry is one short row; however many are waiting, they cost one tail read and one
      // INSERT per hundred, so they all go.
      audits.swap(audits_);
    }
    commit_batch(units, audits);
    units.clear();
    audits.clear();
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

void GroupCommitWriter::commit_batch(std::vector<Unit>& units, std::vector<QueuedAudit>& audits) {
  // The parts of the batch: each unit of work, then (when any are queued) all audit entries as
  // one part. A part fails or commits as a whole.
  const std::size_t audit_part = units.size();
  const std::size_t parts = units.size() + (audits.empty() ? 0 : 1);
  std::vector<std::exception_ptr> outcome(parts);
  const auto started = std::chrono::steady_clock::now();
  const auto deliver = [&] {
    for (std::size_t i = 0; i < units.size(); ++i) {
      if (units[i].done) units[i].done(outcome[i]);
    }
    for (auto& queued : audits) {
      if (queued.done) queued.done(outcome[audit_part]);
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
  const auto run_part = [&](std::size_t part) {
    if (part < audit_part) {
      units[part].work(connection);
      return;
    }
    std::vector<AuditEntry> entries;
    entries.reserve(audits.size());
    for (const auto& queued : audits) entries.push_back(queued.entry);
    append_audit_rows(connection, entries);
  };
  // With one part the transaction is the part: it needs no savepoint of its own.
  const bool savepoints = parts > 1;
  // Parts [first_kept, end) share the open transaction; earlier ones were lost with an earlier
  // transaction that could not go on.
  std::size_t first_kept = 0;

  const auto fail_from = [&](std::size_t from, std::size_t to, const std::exception_ptr& error) {
    for (std::size_t i = from; i < to; ++i) {
      if (!outcome[i]) outcome[i] = error;
    }
  };
  const auto begin_again = [&](std::size_t part) {
    try {
      connection.execute(dialect_->begin());
      return true;
    } catch (...) {
      fail_from(part, parts, std::current_exception());
      return false;
    }
  };

  bool open = true;
  for (std::size_t i = 0; open && i < parts; ++i) {
    try {
      if (savepoints) connection.execute(open_unit);
      run_part(i);
      if (savepoints) connection.execute(keep_unit);
    } catch (...) {
      outcome[i] = std::current_exception();
      if (!savepoints) {
        rollback_if_open(*dialect_);
        open = false;
        break;
      }
      try {
        if (!dialect_->in_transaction()) throw transaction_lost(*dialect_);
        // A failed statement leaves the transaction aborted (PostgreSQL); rolling back to the
        // part's savepoint makes it usable again without losing the batch-mates' work.
        connection.execute(undo_unit);
        connection.execute(keep_unit);
      } catch (...) {
        // Disk full, an I/O error or a lost connection ends the whole transaction, taking the
        // batch-mates before this part with it: they are told, and the rest start a fresh
        // transaction, unless the connection itself is gone.
        rollback_if_open(*dialect_);
        fail_from(first_kept, i, std::current_exception());
        first_kept = i + 1;
        open = !dialect_->broken() && begin_again(first_kept);
        if (dialect_->broken()) fail_from(first_kept, parts, std::current_exception());
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
      fail_from(first_kept, parts, std::current_exception());
    }
    if (durable && on_commit_) {
      const std::size_t units_kept = units.size() - std::min(first_kept, units.size());
      const std::size_t audits_kept = first_kept <= audit_part ? audits.size() : 0;
      on_commit_(
          {std::chrono::steady_clock::now() - started, units_kept + audits_kept, audits_kept});
    }
  }
  deliver();
}

}  // namespace motus::store
