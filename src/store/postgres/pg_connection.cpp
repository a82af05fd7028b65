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

PgConnection::PgConnection(const std::string& url, std::chrono::milliseconds busy_timeout) {
  handle_ = PQconnectdb(url.c_str());
  if (PQstatus(handle_) != CONNECTION_OK) {
    std::string reason = handle_ != nullptr ? PQerrorMessage(handle_) : "out of memory";
    while (!reason.empty() && reason.back() == '\n') reason.pop_back();
    PQfinish(handle_);
    throw StoreError(StoreError::Kind::failure, "cannot connect to PostgreSQL: " + reason);
  }
  PQsetNoticeProcessor(handle_, ignore_notice, nullptr);
  try {
    // lock_timeout is how long we wait for another session's lock (busy_timeout's meaning);
    // synchronous_commit=on makes COMMIT return only once the commit is on disk, whatever the
    // server's default, because we acknowledge writes when it returns.
    execute_script("SET lock_timeout = " + std::to_string(busy_timeout.count()) +
                   "; SET synchronous_commit = on; SET client_min_messages = warning;"
                   " SET application_name = 'motus'");
  } catch (...) {
    PQfinish(handle_);
    throw;
  }
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

std::int64_t PgConnection::run(const Statement& statement, const std::vector<Value>& params,
                               Rows* rows) {
  const std::string& server_name = prepared(statement, params);
  std::vector<std::string> texts(params.size());
  std::vector<const char*> values(params.size(), nullptr);
  for (std::size_t i = 0; i < params.size(); ++i) {
    if (std::holds_alternative<std::nullptr_t>(params[i])) continue;
    texts[i] = parameter_text(params[i]);
    values[i] = texts[i].c_str();
  }
  Result result(PQexecPrepared(handle_, server_name.c_str(), static_cast<int>(params.size()),
                               values.data(), nullptr, nullptr, 0));
  if (!result || !succeeded(result.get())) {
    throw_pg_error(handle_, result.get(), statement_label(statement));
  }
  if (rows != nullptr) {
    const int row_count = PQntuples(result.get());
    const int columns = PQnfields(result.get());
    rows->reserve(static_cast<std::size_t>(row_count));
    for (int r = 0; r < row_count; ++r) {
      std::vector<Value> row;
      row.reserve(static_cast<std::size_t>(columns));
      for (int c = 0; c < columns; ++c) row.push_back(column_value(result.get(), r, c));
      rows->emplace_back(std::move(row));
    }
  }
  const char* changed = PQcmdTuples(result.get());
  return changed != nullptr && *changed != '\0' ? std::stoll(changed) : 0;
}

}  // namespace motus::store::postgres
