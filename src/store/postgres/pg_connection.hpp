#pragma once
// One libpq connection, used by one thread at a time: the writer's, a reader thread's, or a
// short-lived one for migrations. Statements are prepared once per connection and kept by name
// (and by the types of their parameters, since a null's type is left for the server to infer).
#include <libpq-fe.h>

#include <chrono>
#include <string>
#include <string_view>
#include <unordered_map>

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

  PGconn* handle_ = nullptr;
  std::unordered_map<std::string, Prepared> statements_;
  std::size_t prepared_count_ = 0;
};

}  // namespace motus::store::postgres
