#include "store/group_commit_writer.hpp"

#include <algorithm>
#include <chrono>
#include <iterator>

namespace motus::store {
namespace {

const Statement commit{"commit", "COMMIT"};
const Statement rollback{"rollback", "ROLLBACK"};

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

// The connection a unit of work sees: the writer's, keeping the unit's audit rows for the batch.
class UnitConnection final : public Connection {
 public:
  UnitConnection(Connection& writer, std::vector<AuditEntry>& audits)
      : writer_(writer), audits_(audits) {}
  Rows query(const Statement& statement, const std::vector<Value>& params = {}) override {
    return writer_.query(statement, params);
  }
  std::int64_t execute(const Statement& statement, const std::vector<Value>& params = {}) override {
    return writer_.execute(statement, params);
  }
  void execute_script(std::string_view sql) override { writer_.execute_script(sql); }
  bool defer_audit(const AuditEntry& entry) override {
    audits_.push_back(entry);
    return true;
  }

 private:
  Connection& writer_;
  std::vector<AuditEntry>& audits_;
};

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
    queue_.push_back({std::move(work), std::move(done), {}});
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
      dialect_->take_turn();
      return dialect_->connection();
    } catch (const StoreError&) {
      if (!dialect_->broken()) throw;
    }
  }
  // The server dropped the connection while it sat idle (a restart, a failover). Nothing of the
  // batch has run, so a fresh connection can take it whole.
  dialect_->reconnect();
  dialect_->connection().execute(dialect_->begin());
  dialect_->take_turn();
  return dialect_->connection();
}

const GroupCommitWriter::UnitSavepoint& GroupCommitWriter::savepoint(std::size_t unit) {
  while (savepoints_.size() <= unit) {
    const std::string name = "unit_" + std::to_string(savepoints_.size());
    auto& added = savepoints_.emplace_back();
    added.open_name = "savepoint_" + name;
    added.open_sql = "SAVEPOINT " + name;
    added.keep_name = "release_" + name;
    added.keep_sql = "RELEASE " + name;
    added.undo_name = "rollback_to_" + name;
    added.undo_sql = "ROLLBACK TO " + name;
    added.open = {added.open_name, added.open_sql};
    added.keep = {added.keep_name, added.keep_sql};
    added.undo = {added.undo_name, added.undo_sql};
  }
  return savepoints_[unit];
}

void GroupCommitWriter::commit_batch(std::vector<Unit>& units, std::vector<QueuedAudit>& audits) {
  // The parts of the batch: each unit of work, then the audit rows as one part: the kept units'
  // own rows and the entries queued on their own. A part fails or commits as a whole, and a
  // unit's own rows never outlive it: should they fail to go in, nothing of the batch is kept.
  const std::size_t audit_part = units.size();
  const std::size_t parts = units.size() + 1;
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
  // With one unit and nothing else, or only entries queued on their own, the transaction is the
  // part: it needs no savepoint of its own.
  const bool savepoints = units.size() + (audits.empty() ? 0 : 1) > 1;
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
      dialect_->take_turn();
      return true;
    } catch (...) {
      fail_from(part, parts, std::current_exception());
      return false;
    }
  };

  bool open = true;
  for (std::size_t i = 0; open && i < units.size(); ++i) {
    const UnitSavepoint* unit_savepoint = savepoints ? &savepoint(i) : nullptr;
    UnitConnection unit_connection(connection, units[i].audits);
    try {
      if (unit_savepoint) dialect_->send_with_next(unit_savepoint->open);
      units[i].work(unit_connection);
      if (unit_savepoint) dialect_->send_with_next(unit_savepoint->keep);
    } catch (...) {
      outcome[i] = std::current_exception();
      if (!unit_savepoint) {
        rollback_if_open(*dialect_);
        open = false;
        break;
      }
      try {
        if (!dialect_->in_transaction()) throw transaction_lost(*dialect_);
        // A failed statement leaves the transaction aborted (PostgreSQL); rolling back to the
        // part's savepoint makes it usable again without losing the batch-mates' work.
        connection.execute(unit_savepoint->undo);
        dialect_->send_with_next(unit_savepoint->keep);
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
    std::vector<AuditEntry> entries;
    bool units_own_rows = false;
    for (std::size_t i = first_kept; i < units.size(); ++i) {
      if (outcome[i]) continue;
      units_own_rows = units_own_rows || !units[i].audits.empty();
      std::move(units[i].audits.begin(), units[i].audits.end(), std::back_inserter(entries));
    }
    for (const auto& queued : audits) entries.push_back(queued.entry);
    if (!entries.empty()) {
      // Only entries queued on their own may fail without the units: then they get a savepoint.
      const UnitSavepoint* part_savepoint =
          savepoints && !units_own_rows ? &savepoint(units.size()) : nullptr;
      try {
        if (part_savepoint) dialect_->send_with_next(part_savepoint->open);
        append_audit_rows(connection, entries);
        if (part_savepoint) dialect_->send_with_next(part_savepoint->keep);
      } catch (...) {
        const auto error = std::current_exception();
        outcome[audit_part] = error;
        bool undone = false;
        if (part_savepoint && dialect_->in_transaction()) {
          try {
            connection.execute(part_savepoint->undo);
            dialect_->send_with_next(part_savepoint->keep);
            undone = true;
          } catch (...) {
            // The transaction is gone as well: below, nothing of it is kept.
          }
        }
        if (!undone) {
          rollback_if_open(*dialect_);
          fail_from(first_kept, parts, error);
          open = false;
        }
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
      // Every unit the committed transaction ran, a unit rolled back to its savepoint included.
      const std::size_t units_kept = units.size() - std::min(first_kept, units.size());
      const std::size_t audits_kept = outcome[audit_part] ? 0 : audits.size();
      on_commit_(
          {std::chrono::steady_clock::now() - started, units_kept + audits_kept, audits_kept});
    }
  }
  deliver();
}

}  // namespace motus::store
