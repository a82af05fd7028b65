#include "unit/store/test_database.hpp"

#include <libpq-fe.h>

#include <cstdlib>
#include <random>
#include <stdexcept>

namespace motus::store::testing {
namespace {

constexpr const char* kServerVariable = "MOTUS_TEST_POSTGRES_URL";

// Runs one command on the server's maintenance database (CREATE/DROP DATABASE cannot run inside
// a transaction, so not through a Db).
void run_on_server(const std::string& admin_url, const std::string& sql) {
  PGconn* connection = PQconnectdb(admin_url.c_str());
  if (PQstatus(connection) != CONNECTION_OK) {
    const std::string reason = PQerrorMessage(connection);
    PQfinish(connection);
    throw std::runtime_error("cannot reach the test PostgreSQL server: " + reason);
  }
  PGresult* result = PQexec(connection, sql.c_str());
  const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
  const std::string reason = PQerrorMessage(connection);
  PQclear(result);
  PQfinish(connection);
  if (!ok) throw std::runtime_error(sql + " failed: " + reason);
}

std::string random_suffix() {
  static thread_local std::mt19937_64 generator{std::random_device{}()};
  constexpr std::string_view letters = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::string suffix;
  for (int i = 0; i < 12; ++i) suffix += letters[generator() % letters.size()];
  return suffix;
}

}  // namespace

std::string backend_name(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::sqlite ? "Sqlite" : "Postgresql";
}

std::string with_database_name(const std::string& url, const std::string& name) {
  const auto authority = url.find("://");
  const auto query = url.find('?');
  const auto path = url.find('/', authority == std::string::npos ? 0 : authority + 3);
  const auto host_end = std::min(path, query);
  std::string out = url.substr(0, host_end) + "/" + name;
  if (query != std::string::npos) out += url.substr(query);
  return out;
}

TestDatabase::TestDatabase(Backend backend) {
  if (backend == Backend::sqlite) {
    url_ = "sqlite:" + scratch_.file("motus.db");
    return;
  }
  const char* server = std::getenv(kServerVariable);
  if (server == nullptr || *server == '\0') {
    unavailable_reason_ =
        std::string(kServerVariable) +
        " is not set, so the PostgreSQL half of the store tests cannot run. Run the tests "
        "under scripts/with-postgres (e.g. scripts/with-postgres ctest), which starts a "
        "throwaway server and sets it.";
    return;
  }
  postgres_admin_url_ = server;
  postgres_database_ = "motus_t_" + random_suffix();
  run_on_server(postgres_admin_url_, "CREATE DATABASE " + postgres_database_);
  url_ = with_database_name(postgres_admin_url_, postgres_database_);
}

TestDatabase::~TestDatabase() {
  if (postgres_database_.empty()) return;
  try {
    // FORCE ends connections a failed test may have left open.
    run_on_server(postgres_admin_url_,
                  "DROP DATABASE IF EXISTS " + postgres_database_ + " WITH (FORCE)");
  } catch (const std::exception& error) {
    ADD_FAILURE() << error.what();
  }
}

void EachBackend::SetUp() {
  database = std::make_unique<TestDatabase>(GetParam());
  if (database->url().empty()) GTEST_FAIL() << database->unavailable_reason();
  url = database->url();
}

}  // namespace motus::store::testing
