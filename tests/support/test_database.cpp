#include "support/test_database.hpp"

#include <libpq-fe.h>

#include <cstdlib>
#include <functional>
#include <random>

#include "store/db.hpp"
#include "store/migration.hpp"

namespace motus::test {
namespace {

std::string environment(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

// The same server URL pointing at another database: the path after host[:port] is replaced and
// any ?query is kept.
std::string with_database(const std::string& url, const std::string& name) {
  const auto scheme = url.find("://");
  if (scheme == std::string::npos) {
    throw std::runtime_error(
        "MOTUS_TEST_POSTGRES_URL should look like "
        "postgresql://USER@127.0.0.1:PORT/postgres, not '" +
        url + "'");
  }
  const auto authority_end = url.find_first_of("/?", scheme + 3);
  const auto query = url.find('?', scheme + 3);
  return url.substr(0, authority_end) + "/" + name +
         (query == std::string::npos ? "" : url.substr(query));
}

std::string hex(unsigned long long value, int digits) {
  std::string text(static_cast<std::size_t>(digits), '0');
  for (int i = digits - 1; i >= 0 && value != 0; --i, value >>= 4) {
    text[static_cast<std::size_t>(i)] = "0123456789abcdef"[value & 0xf];
  }
  return text;
}

// Unique across the test processes ctest runs side by side on the same server.
std::string fresh_database_name() {
  static thread_local std::mt19937_64 generator{std::random_device{}()};
  return "motus_t_" + hex(generator(), 16);
}

// CREATE and DROP DATABASE cannot run inside a transaction, and the store runs everything inside
// one, so these few statements go to libpq directly on the server's maintenance database.
class MaintenanceConnection {
 public:
  explicit MaintenanceConnection(const std::string& url) : connection_(PQconnectdb(url.c_str())) {
    if (PQstatus(connection_) != CONNECTION_OK) {
      const std::string message = PQerrorMessage(connection_);
      PQfinish(connection_);
      throw std::runtime_error(
          "cannot reach the test PostgreSQL server (MOTUS_TEST_POSTGRES_URL): " + message);
    }
  }
  ~MaintenanceConnection() { PQfinish(connection_); }
  MaintenanceConnection(const MaintenanceConnection&) = delete;
  MaintenanceConnection& operator=(const MaintenanceConnection&) = delete;

  // Runs `sql`; returns the first column of the first row ("" when there is none).
  std::string run(const std::string& sql) {
    PGresult* result = PQexec(connection_, sql.c_str());
    const auto status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
      const std::string message = PQresultErrorMessage(result);
      PQclear(result);
      throw std::runtime_error(message + " in " + sql);
    }
    std::string value =
        status == PGRES_TUPLES_OK && PQntuples(result) > 0 ? PQgetvalue(result, 0, 0) : "";
    PQclear(result);
    return value;
  }

 private:
  PGconn* connection_;
};

// A template database already carrying this build's schema: copying it is much cheaper than
// migrating every test's database from nothing. Its name holds a fingerprint of the embedded
// PostgreSQL migrations, so a changed schema gets a new template instead of a stale one. The
// first test of a run builds it; the advisory lock makes tests running in parallel wait for it.
// Any number no other advisory lock on the test server uses.
constexpr const char* kTemplateLock = "7404281130";

std::string migrated_template(MaintenanceConnection& server, const std::string& server_url) {
  std::string schema;
  for (const auto& migration : store::embedded_migrations()) {
    if (migration.dialect == "postgresql") schema += std::string(migration.sql) + "\n";
  }
  const auto name = "motus_tpl_" + hex(std::hash<std::string>{}(schema), 16);
  server.run(std::string("SELECT pg_advisory_lock(") + kTemplateLock + ")");
  try {
    if (server.run("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'") == "0") {
      const auto building = name + "_building";
      server.run("DROP DATABASE IF EXISTS " + building + " WITH (FORCE)");
      server.run("CREATE DATABASE " + building);
      store::open_db(with_database(server_url, building))->migrate();
      server.run("ALTER DATABASE " + building + " RENAME TO " + name);
    }
  } catch (...) {
    server.run(std::string("SELECT pg_advisory_unlock(") + kTemplateLock + ")");
    throw;
  }
  server.run(std::string("SELECT pg_advisory_unlock(") + kTemplateLock + ")");
  return name;
}

}  // namespace

NoPostgresServer::NoPostgresServer()
    : std::runtime_error(
          "MOTUS_TEST_POSTGRES_URL is not set, so there is no PostgreSQL server to test on. Run "
          "the tests inside scripts/with-postgres (e.g. scripts/with-postgres ctest --test-dir "
          "build), which starts a throwaway server and sets it.") {}

Backend backend_under_test() {
  const auto name = environment("MOTUS_TEST_BACKEND");
  if (name.empty() || name == "sqlite") return Backend::sqlite;
  if (name == "postgresql") return Backend::postgresql;
  throw std::runtime_error("MOTUS_TEST_BACKEND is '" + name + "'; use sqlite or postgresql");
}

std::string dialect_name(Backend backend) {
  return backend == Backend::sqlite ? "sqlite" : "postgresql";
}

std::string backend_name(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::sqlite ? "Sqlite" : "Postgresql";
}

TestDatabase::TestDatabase() : TestDatabase(backend_under_test(), Start::for_server) {}

TestDatabase::TestDatabase(Backend backend, Start start) : backend_(backend) {
  if (backend_ == Backend::sqlite) {
    url_ = "sqlite:" + scratch_file("motus.db");
    return;
  }
  server_url_ = environment("MOTUS_TEST_POSTGRES_URL");
  if (server_url_.empty()) throw NoPostgresServer();
  MaintenanceConnection server(server_url_);
  const auto copied_from =
      start == Start::for_server ? " TEMPLATE " + migrated_template(server, server_url_) : "";
  const auto name = fresh_database_name();
  server.run("CREATE DATABASE " + name + copied_from);
  name_ = name;
  url_ = with_database(server_url_, name_);
}

TestDatabase::~TestDatabase() {
  if (name_.empty()) return;
  try {
    MaintenanceConnection(server_url_).run("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
  } catch (const std::exception& error) {
    ADD_FAILURE() << "could not drop test database " << name_ << ": " << error.what();
  }
}

std::string TestDatabase::scratch_file(const std::string& name) const {
  return (dir_.path() / name).string();
}

void EachBackend::SetUp() {
  try {
    database = std::make_unique<TestDatabase>(GetParam());
  } catch (const std::exception& error) {
    GTEST_FAIL() << error.what();
  }
  url = database->url();
}

}  // namespace motus::test
