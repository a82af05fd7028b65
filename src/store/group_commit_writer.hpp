#pragma once
// The one writer both back ends share. Callers queue units of write work; a single thread
// commits everything queued so far in one transaction (group commit: one durable flush for many
// callers), each unit inside its own savepoint so a failing unit is rolled back alone, and
// acknowledges each caller only after COMMIT returned. Audit rows ride along: the units' own
// (append_audit inside a unit) and entries queued on their own (Db::audit) are all appended after
// the batch's units with one read of the chain's tail and a few multi-row INSERTs, instead of two
// statements each. A unit's savepoint travels with its first statement and its release with the
// next one, so a unit costs the database no round trip beyond its own statements. The back end
// supplies only what differs between databases: how its transaction begins, how statements are
// sent together, and how its connection is kept alive.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "store/audit_log.hpp"
#include "store/db.hpp"

namespace motus::store {

// What the writer needs from a back end about its one write connection. SAVEPOINT, RELEASE,
// ROLLBACK TO, COMMIT and ROLLBACK read the same in both dialects, so only BEGIN is asked for.
class WriterDialect {
 public:
  virtual ~WriterDialect() = default;
  // The statement that opens a write transaction (SQLite takes the write lock at once).
  virtual const Statement& begin() const = 0;
  virtual Connection& connection() = 0;
  // True while a transaction is open, including one a failed statement left aborted. SQLite
  // ends a transaction by itself after some errors (disk full, I/O); the writer must notice.
  virtual bool in_transaction() const = 0;
  // True once the database server is gone and the connection must be replaced.
  virtual bool broken() const = 0;
  // Replaces a broken connection with a fresh one; throws StoreError when it cannot.
  virtual void reconnect() = 0;
  // Called after each BEGIN of a batch. Where several servers' writers share one database, a
  // back end orders their batches here, so that two batches never take the same rows' locks in
  // opposite orders (PostgreSQL: the audit chain's lock, sent with the batch's first statement).
  // SQLite's BEGIN IMMEDIATE already takes the one write lock.
  virtual void take_turn() {}
  // Runs `statement` (no parameters, no rows) before the connection's next statement; a back end
  // that can send both in one round trip does so (PostgreSQL's pipeline). Should it fail, that
  // next statement throws the error. By default it runs at once.
  virtual void send_with_next(const Statement& statement) { connection().execute(statement); }
};

class GroupCommitWriter {
 public:
  using Done = std::function<void(std::exception_ptr)>;

  // Starts the writer thread. `max_batch` bounds the units of work in one commit.
  GroupCommitWriter(std::unique_ptr<WriterDialect> dialect, std::size_t max_batch,
                    std::function<void(const CommitObservation&)> on_commit);
  ~GroupCommitWriter();
  GroupCommitWriter(const GroupCommitWriter&) = delete;
  GroupCommitWriter& operator=(const GroupCommitWriter&) = delete;

  // Db::write's contract: throws StoreError(closed) after close().
  void write(std::function<void(Connection&)> work, Done done);
  // Db::audit's contract: `done` once the entry is durable, or with why it is not.
  void audit(AuditEntry entry, Done done);

  // Stops accepting work, commits what is queued, ends the thread and closes the connection.
  // Idempotent.
  void close();

 private:
  struct Unit {
    std::function<void(Connection&)> work;
    Done done;
    std::vector<AuditEntry> audits;  // its own rows, appended with the batch's if it is kept
  };
  // The savepoint statements of the batch's i-th unit: a name per unit, so a statement that fails
  // after an earlier unit's release was sent with it cannot roll back to that unit's savepoint.
  struct UnitSavepoint {
    std::string open_name, open_sql, keep_name, keep_sql, undo_name, undo_sql;
    Statement open, keep, undo;
  };
  const UnitSavepoint& savepoint(std::size_t unit);
  struct QueuedAudit {
    AuditEntry entry;
    Done done;
  };

  void run();
  void commit_batch(std::vector<Unit>& units, std::vector<QueuedAudit>& audits);
  // The connection inside a new transaction, opened again if the server dropped it while idle.
  Connection& begin_batch();

  std::unique_ptr<WriterDialect> dialect_;
  const std::size_t max_batch_;
  const std::function<void(const CommitObservation&)> on_commit_;

  std::deque<UnitSavepoint> savepoints_;  // the writer thread's; a deque keeps them in place

  std::mutex queue_mutex_;
  std::condition_variable queue_ready_;
  std::deque<Unit> queue_;
  std::vector<QueuedAudit> audits_;  // every one goes into the next batch
  bool closing_ = false;             // guarded by queue_mutex_

  std::mutex close_mutex_;
  std::thread thread_;  // last: it starts running once everything above exists
};

}  // namespace motus::store
