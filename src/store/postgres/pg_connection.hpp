#pragma once
// One libpq connection, used by one thread at a time: the writer's, a reader thread's, or a
// short-lived one for migrations. Statements are prepared once per connection and kept by name
// (and by the types of their parameters, since a null's type is left for the server to infer).
#include <libpq-fe.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "store/db.hpp"

namespace motus::store::postgres {

class PgConnection final : public Connection {
 public:
  PgConnection(const std::string& url, std::chrono::milliseconds busy_timeout);
  ~PgConnection() override;
  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;

  Rows query(const Statement& statement, const std::vector<Value>& params = {}) override;
  std::int64_t execute(const Statement& statement, const std::vector<Value>& params = {}) override;
  void execute_script(std::string_view sql) override;

  // A read snapshot that costs no round trip of its own. `begin` is not sent now but travels
  // with the next statement in one pipeline; should the server have dropped this idle
  // connection, that first statement reconnects and runs again, since nothing ran before it.
  // finish_snapshot() sends COMMIT without waiting: its answer is collected before this
  // connection's next statement, and no statement means nothing to send at all.
  void begin_snapshot(const Statement& begin);
  void finish_snapshot(const Statement& commit);
  // Forgets a snapshot whose BEGIN was never sent (the work failed before its first statement).
  void abandon_snapshot() { deferred_begin_.reset(); }

  // Sends `statement` (no parameters, no rows: SAVEPOINT, RELEASE) in one pipeline with the next
  // statement this connection runs, instead of a round trip of its own. Should it fail, that next
  // statement throws its error and runs not at all.
  void send_with_next(const Statement& statement);

  // True while a transaction is open, including one a failed statement left aborted.
  bool in_transaction() const;
  // True once the server is gone; the connection must then be replaced.
  bool broken() const;

 private:
  struct Prepared {
    std::string sql;  // as the caller wrote it, to catch one name used for two texts
    std::unordered_map<std::string, std::string> server_names;  // by parameter types
  };

  const std::string& prepared(const Statement& statement, const std::vector<Value>& params);
  std::int64_t run(const Statement& statement, const std::vector<Value>& params, Rows* rows);
  std::int64_t run_after_begin(const Statement& begin, const Statement& statement,
                               const std::vector<Value>& params, Rows* rows);
  // Sends the pending statements, then `statement` when given, in one pipeline.
  std::int64_t run_after_pending(const Statement* statement, const std::vector<Value>& params,
                                 Rows* rows);
  void set_up_session();
  void collect_finished_snapshot();

  PGconn* handle_ = nullptr;
  std::chrono::milliseconds busy_timeout_;
  std::optional<Statement> deferred_begin_;
  std::vector<Statement> pending_;  // send_with_next's, in order
  bool commit_unanswered_ = false;
  std::unordered_map<std::string, Prepared> statements_;
  std::size_t prepared_count_ = 0;
};

}  // namespace motus::store::postgres
