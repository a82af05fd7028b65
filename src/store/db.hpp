#pragma once
// The store's one interface. Callers never see which back end (SQLite or PostgreSQL) serves
// them: SQL is written once with $1..$n parameters as named statements, and each back end
// adapts it. Reads run inline on a connection owned by the calling thread; writes go through
// one writer that may commit many callers' work together (group commit) and acknowledges each
// caller only once its transaction is durable.
#include <chrono>
#include <cstdint>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "store/migration.hpp"

namespace motus::store {

struct AuditEntry;  // store/audit_log.hpp

// A named SQL statement, so logs and metrics can say which statement ran. Write `sql` so both
// dialects accept it (ON CONFLICT, COALESCE, RETURNING, subqueries with aliases). Only where no
// shared text exists (full-text search) give `postgresql` too: the PostgreSQL back end runs it
// instead of `sql`, with the same parameters and the same result columns.
struct Statement {
  std::string_view name;
  std::string_view sql;  // parameters are $1, $2, ... in both dialects
  std::string_view postgresql{};
};

using Value = std::variant<std::nullptr_t, std::int64_t, double, std::string>;

class Row {
 public:
  explicit Row(std::vector<Value> columns) : columns_(std::move(columns)) {}
  std::size_t size() const { return columns_.size(); }
  bool is_null(std::size_t i) const;
  std::int64_t integer(std::size_t i) const;     // throws StoreError if not an integer
  double real(std::size_t i) const;              // integers widen
  const std::string& text(std::size_t i) const;  // throws StoreError if not text
  std::optional<std::string> optional_text(std::size_t i) const;
  const Value& operator[](std::size_t i) const;  // throws StoreError past the last column

 private:
  std::vector<Value> columns_;
};
using Rows = std::vector<Row>;

// Anything the store could not do. `constraint` is set for unique/foreign-key violations so the
// HTTP boundary can answer 409 instead of 500.
class StoreError : public std::runtime_error {
 public:
  enum class Kind { failure, constraint, busy, closed };
  StoreError(Kind kind, const std::string& what) : std::runtime_error(what), kind_(kind) {}
  Kind kind() const { return kind_; }

 private:
  Kind kind_;
};

// What every part of a store throws once close() has begun.
StoreError closed_store_error();

// One unit of work's view of the store: inside read(), a read snapshot; inside write(), a
// transaction (a failing unit of work is rolled back alone, the others in its batch commit).
class Connection {
 public:
  virtual ~Connection() = default;
  virtual Rows query(const Statement& statement, const std::vector<Value>& params = {}) = 0;
  // Returns the number of rows changed.
  virtual std::int64_t execute(const Statement& statement,
                               const std::vector<Value>& params = {}) = 0;
  // Runs several statements with no parameters and no results (schema, pragmas).
  virtual void execute_script(std::string_view sql) = 0;
  // Inside a write: takes an audit row to append with the rest of its batch's rows (one read of
  // the chain's tail and multi-row INSERTs for the whole commit), kept or undone with this unit of
  // work, and returns true. Elsewhere (reads, migrations) returns false: append it now.
  virtual bool defer_audit(const AuditEntry&) { return false; }
};

// What the metrics endpoint reports about the writer.
struct CommitObservation {
  std::chrono::duration<double> latency;  // from BEGIN to durable COMMIT
  std::size_t batch_size;                 // units of work in the commit, audit entries included
  std::size_t audit_entries = 0;          // of those, entries queued by Db::audit
};

struct DbOptions {
  std::size_t max_batch = 256;                              // most units of work in one commit
  std::function<void(const CommitObservation&)> on_commit;  // called on the writer thread
  // How long a connection waits for another process's lock before failing with `busy`.
  std::chrono::milliseconds busy_timeout{5000};
  // The schema steps migrate() knows; unset means the ones embedded in this binary. Tests set it
  // to try schemas of their own. The strings must outlive the Db.
  std::optional<std::vector<Migration>> migrations;
};

class Db {
 public:
  virtual ~Db() = default;
  virtual std::string_view dialect() const = 0;  // "sqlite" | "postgresql"

  // Runs read-only work on a connection owned by the calling thread (created on first use).
  virtual void read(const std::function<void(Connection&)>& work) = 0;

  // Queues write work. `done` runs once on the writer thread: with nullptr after the
  // transaction holding the work is durable, or with the exception the work (or the commit)
  // threw, in which case nothing the work did is kept. `done` must not throw. After close(),
  // write() throws StoreError(closed) itself and never calls `done`.
  virtual void write(std::function<void(Connection&)> work,
                     std::function<void(std::exception_ptr)> done) = 0;

  // Blocks the calling thread until write(work) is durable; rethrows its failure.
  void write_and_wait(std::function<void(Connection&)> work);

  // Queues one audit row on its own, as write() would a unit calling append_audit, with the same
  // promise: `done` runs once, after the COMMIT holding the row, or with why it was not kept.
  // The writer appends all entries queued for a batch after its units of work, with one read of
  // the chain's tail and multi-row INSERTs, so a busy server's reads of health data cost a few
  // statements per commit instead of several per read. After close() it throws
  // StoreError(closed) and never calls `done`.
  virtual void audit(AuditEntry entry, std::function<void(std::exception_ptr)> done) = 0;

  // True when a trivial query succeeds (readiness probe).
  virtual bool ping() = 0;

  // Applies every embedded migration of this dialect not yet applied; returns their numbers.
  // Refuses (StoreError) a database already migrated further than this binary knows.
  virtual std::vector<int> migrate() = 0;

  // Writes a consistent copy of the whole database to `destination` while the store stays in
  // use (SQLite: a file path). The copy appears under that name only once it is complete.
  virtual void backup(const std::string& destination) = 0;

  // Stops accepting writes, finishes the queued ones, closes every connection. Idempotent.
  virtual void close() = 0;
};

// Opens a store from a URL: `sqlite:PATH` (PATH may be relative) or `postgresql://...` (any
// libpq URL; docs/postgresql.md). Throws std::invalid_argument for a URL it cannot use, naming
// what is wrong, and StoreError for a database it cannot open or reach.
std::unique_ptr<Db> open_db(std::string_view url, DbOptions options = {});

}  // namespace motus::store
