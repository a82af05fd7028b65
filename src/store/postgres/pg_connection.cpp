#include "store/postgres/pg_connection.hpp"

#include <memory>
#include <string>

#include "store/postgres/pg_error.hpp"
#include "store/postgres/pg_values.hpp"

namespace motus::store::postgres {
namespace {

std::string statement_label(const Statement& statement) {
  return "statement '" + std::string(statement.name) + "'";
}

struct ResultDeleter {
  void operator()(PGresult* result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

bool succeeded(const PGresult* result) {
  const auto status = PQresultStatus(result);
  return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY;
}

// The server's notices (e.g. "relation already exists, skipping") are not ours to print.
void ignore_notice(void*, const char*) {}

std::string type_signature(const std::vector<Value>& params) {
  std::string signature;
  for (const auto& value : params) signature += std::to_string(parameter_type(value)) + ',';
  return signature;
}

}  // namespace

PgConnection::PgConnection(const std::string& url, std::chrono::milliseconds busy_timeout)
    : busy_timeout_(busy_timeout) {
  handle_ = PQconnectdb(url.c_str());
  if (PQstatus(handle_) != CONNECTION_OK) {
    std::string reason = handle_ != nullptr ? PQerrorMessage(handle_) : "out of memory";
    while (!reason.empty() && reason.back() == '\n') reason.pop_back();
    PQfinish(handle_);
    throw StoreError(StoreError::Kind::failure, "cannot connect to PostgreSQL: " + reason);
  }
  PQsetNoticeProcessor(handle_, ignore_notice, nullptr);
  try {
    set_up_session();
  } catch (...) {
    PQfinish(handle_);
    throw;
  }
}

void PgConnection::set_up_session() {
  // lock_timeout is how long we wait for another session's lock (busy_timeout's meaning);
  // synchronous_commit=on makes COMMIT return only once the commit is on disk, whatever the
  // server's default, because we acknowledge writes when it returns.
  execute_script("SET lock_timeout = " + std::to_string(busy_timeout_.count()) +
                 "; SET synchronous_commit = on; SET client_min_messages = warning;"
                 " SET application_name = 'motus'");
}

PgConnection::~PgConnection() { PQfinish(handle_); }

Rows PgConnection::query(const Statement& statement, const std::vector<Value>& params) {
  Rows rows;
  run(statement, params, &rows);
  return rows;
}

std::int64_t PgConnection::execute(const Statement& statement, const std::vector<Value>& params) {
  return run(statement, params, nullptr);
}

void PgConnection::execute_script(std::string_view sql) {
  collect_finished_snapshot();
  if (!pending_.empty()) run_after_pending(nullptr, {}, nullptr);
  const std::string text(sql);
  // The simple protocol runs every statement in the text; the result is the last one's, and the
  // first failure stops the rest.
  Result result(PQexec(handle_, text.c_str()));
  if (!result || !succeeded(result.get())) throw_pg_error(handle_, result.get(), "script");
}

bool PgConnection::in_transaction() const {
  const auto status = PQtransactionStatus(handle_);
  return status == PQTRANS_INTRANS || status == PQTRANS_INERROR;
}

bool PgConnection::broken() const { return PQstatus(handle_) != CONNECTION_OK; }

void PgConnection::begin_snapshot(const Statement& begin) {
  collect_finished_snapshot();
  deferred_begin_ = begin;
}

void PgConnection::finish_snapshot(const Statement& commit) {
  if (deferred_begin_) {  // no statement ran, so no transaction was ever opened
    deferred_begin_.reset();
    return;
  }
  const std::string& name = prepared(commit, {});
  if (PQsendQueryPrepared(handle_, name.c_str(), 0, nullptr, nullptr, nullptr, 0) != 1) {
    throw_pg_error(handle_, nullptr, statement_label(commit));
  }
  commit_unanswered_ = true;
}

void PgConnection::send_with_next(const Statement& statement) { pending_.push_back(statement); }

void PgConnection::collect_finished_snapshot() {
  if (!commit_unanswered_) return;
  commit_unanswered_ = false;
  // The COMMIT of a read-only snapshot changes nothing, so a failure here loses nothing; a
  // connection it broke fails the next statement, which is where the caller can act on it.
  while (PGresult* result = PQgetResult(handle_)) PQclear(result);
}

const std::string& PgConnection::prepared(const Statement& statement,
                                          const std::vector<Value>& params) {
  const std::string_view sql = statement.postgresql.empty() ? statement.sql : statement.postgresql;
  auto found = statements_.find(std::string(statement.name));
  if (found == statements_.end()) {
    found = statements_.emplace(std::string(statement.name), Prepared{std::string(sql), {}}).first;
  } else if (found->second.sql != sql) {
    throw StoreError(StoreError::Kind::failure,
                     statement_label(statement) + " is used for two different SQL texts");
  }
  const std::string signature = type_signature(params);
  if (auto known = found->second.server_names.find(signature);
      known != found->second.server_names.end()) {
    return known->second;
  }
  std::vector<Oid> types;
  types.reserve(params.size());
  for (const auto& value : params) types.push_back(parameter_type(value));
  std::string server_name = "motus_" + std::to_string(++prepared_count_);
  Result result(PQprepare(handle_, server_name.c_str(), found->second.sql.c_str(),
                          static_cast<int>(types.size()), types.data()));
  if (!result || !succeeded(result.get())) {
    throw_pg_error(handle_, result.get(), statement_label(statement));
  }
  return found->second.server_names.emplace(signature, std::move(server_name)).first->second;
}

namespace {

// The parameters as libpq wants them: text, with a null pointer for SQL NULL.
struct ParameterTexts {
  explicit ParameterTexts(const std::vector<Value>& params)
      : texts(params.size()), values(params.size(), nullptr) {
    for (std::size_t i = 0; i < params.size(); ++i) {
      if (std::holds_alternative<std::nullptr_t>(params[i])) continue;
      texts[i] = parameter_text(params[i]);
      values[i] = texts[i].c_str();
    }
  }
  int count() const { return static_cast<int>(values.size()); }
  std::vector<std::string> texts;
  std::vector<const char*> values;
};

std::int64_t take_rows(const PGresult* result, Rows* rows) {
  if (rows != nullptr) {
    const int row_count = PQntuples(result);
    const int columns = PQnfields(result);
    rows->reserve(static_cast<std::size_t>(row_count));
    for (int r = 0; r < row_count; ++r) {
      std::vector<Value> row;
      row.reserve(static_cast<std::size_t>(columns));
      for (int c = 0; c < columns; ++c) row.push_back(column_value(result, r, c));
      rows->emplace_back(std::move(row));
    }
  }
  const char* changed = PQcmdTuples(const_cast<PGresult*>(result));
  return changed != nullptr && *changed != '\0' ? std::stoll(changed) : 0;
}

// Sends the parameterless statements `before`, then `statement` when there is one, in one
// pipeline and returns their results in order (fewer when the connection broke on the way).
std::vector<Result> run_in_pipeline(PGconn* handle, const std::vector<std::string>& before,
                                    const std::string* statement_name,
                                    const ParameterTexts& params) {
  std::vector<Result> results;
  if (PQenterPipelineMode(handle) != 1) return results;
  bool sent = true;
  for (const auto& name : before) {
    sent = sent && PQsendQueryPrepared(handle, name.c_str(), 0, nullptr, nullptr, nullptr, 0) == 1;
  }
  if (statement_name != nullptr) {
    sent = sent && PQsendQueryPrepared(handle, statement_name->c_str(), params.count(),
                                       params.values.data(), nullptr, nullptr, 0) == 1;
  }
  sent = sent && PQpipelineSync(handle) == 1;
  // Each command's results end with a null; the sync point ends the pipeline. Two nulls in a row
  // mean nothing more will come (the connection is gone).
  int nulls_in_a_row = 0;
  while (sent && nulls_in_a_row < 2) {
    PGresult* result = PQgetResult(handle);
    if (result == nullptr) {
      ++nulls_in_a_row;
      continue;
    }
    nulls_in_a_row = 0;
    if (PQresultStatus(result) == PGRES_PIPELINE_SYNC) {
      PQclear(result);
      break;
    }
    results.emplace_back(result);
  }
  PQexitPipelineMode(handle);
  return results;
}

}  // namespace

std::int64_t PgConnection::run(const Statement& statement, const std::vector<Value>& params,
                               Rows* rows) {
  collect_finished_snapshot();
  if (deferred_begin_) {
    const Statement begin = *deferred_begin_;
    deferred_begin_.reset();
    return run_after_begin(begin, statement, params, rows);
  }
  if (!pending_.empty()) return run_after_pending(&statement, params, rows);
  const std::string& server_name = prepared(statement, params);
  const ParameterTexts texts(params);
  Result result(PQexecPrepared(handle_, server_name.c_str(), texts.count(), texts.values.data(),
                               nullptr, nullptr, 0));
  if (!result || !succeeded(result.get())) {
    throw_pg_error(handle_, result.get(), statement_label(statement));
  }
  return take_rows(result.get(), rows);
}

std::int64_t PgConnection::run_after_begin(const Statement& begin, const Statement& statement,
                                           const std::vector<Value>& params, Rows* rows) {
  const ParameterTexts texts(params);
  for (int attempt = 0;; ++attempt) {
    if (attempt > 0) {
      // The server dropped this connection while it sat idle (a restart, a failover). Nothing
      // of the snapshot ran, so a fresh connection can run it whole.
      PQreset(handle_);
      if (broken()) throw_pg_error(handle_, nullptr, statement_label(statement));
      statements_.clear();
      set_up_session();
    }
    std::vector<Result> results;
    try {
      const std::string& begin_name = prepared(begin, {});
      const std::string& server_name = prepared(statement, params);
      results = run_in_pipeline(handle_, {begin_name}, &server_name, texts);
    } catch (const StoreError&) {
      if (attempt == 0 && broken()) continue;
      throw;
    }
    if (results.size() < 2 && attempt == 0 && broken()) continue;
    if (results.empty() || !succeeded(results[0].get())) {
      throw_pg_error(handle_, results.empty() ? nullptr : results[0].get(), statement_label(begin));
    }
    if (results.size() < 2 || !succeeded(results[1].get())) {
      throw_pg_error(handle_, results.size() < 2 ? nullptr : results[1].get(),
                     statement_label(statement));
    }
    return take_rows(results[1].get(), rows);
  }
}

}  // namespace motus::store::postgres

namespace motus::store::postgres {

std::int64_t PgConnection::run_after_pending(const Statement* statement,
                                             const std::vector<Value>& params, Rows* rows) {
  std::vector<Statement> sent;
  sent.swap(pending_);
  std::vector<std::string> names;
  names.reserve(sent.size());
  for (const auto& before : sent) names.push_back(prepared(before, {}));
  const std::string* server_name = statement ? &prepared(*statement, params) : nullptr;
  const auto results = run_in_pipeline(handle_, names, server_name, ParameterTexts(params));
  // The first failure is the one to report: after it the server skips the rest of the pipeline.
  for (std::size_t i = 0; i < sent.size(); ++i) {
    if (i >= results.size() || !succeeded(results[i].get())) {
      throw_pg_error(handle_, i < results.size() ? results[i].get() : nullptr,
                     statement_label(sent[i]));
    }
  }
  if (statement == nullptr) return 0;
  if (results.size() <= sent.size() || !succeeded(results[sent.size()].get())) {
    throw_pg_error(handle_, results.size() <= sent.size() ? nullptr : results[sent.size()].get(),
                   statement_label(*statement));
  }
  return take_rows(results[sent.size()].get(), rows);
}

}  // namespace motus::store::postgres
