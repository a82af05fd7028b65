// Durable writes per second through the store's writer, in one run (compare the ratios, not
// absolute numbers from different runs; see docs/performance.md):
//  1. single-row writes on SQLite: one caller waiting for each acknowledgement (nothing to
//     batch, so one fsync per write) against many concurrent callers (group commit);
//  2. audited appends, the row every read of health data leaves: the old path (a unit of work
//     that calls append_audit: a savepoint, a tail read and an INSERT per entry) against the
//     new one (Db::audit: one tail read and multi-row INSERTs per batch), on SQLite and, when
//     MOTUS_TEST_POSTGRES_URL names a server (scripts/with-postgres sets it), on PostgreSQL in a
//     database made for the run and dropped after.
//
// usage: bench_store_commit [SECONDS_PER_PHASE]
#include <libpq-fe.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <future>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "store/audit_log.hpp"
#include "store/db.hpp"

namespace {

using motus::store::Connection;
using motus::store::Db;
using motus::store::Statement;
using Clock = std::chrono::steady_clock;
using Seconds = std::chrono::duration<double>;

const Statement create_checkins{"bench_create_checkins",
                                "CREATE TABLE checkins (id INTEGER PRIMARY KEY, member TEXT NOT "
                                "NULL, pain INTEGER NOT NULL, note TEXT)"};
const Statement insert_checkin{"bench_insert_checkin",
                               "INSERT INTO checkins (member, pain, note) VALUES ($1, $2, $3)"};

struct CommitTally {
  std::atomic<std::size_t> commits = 0;
  std::atomic<std::size_t> units = 0;
  std::atomic<std::int64_t> commit_microseconds = 0;  // BEGIN to durable COMMIT, summed
};

struct PhaseResult {
  double per_second;
  double mean_batch;
  double mean_commit_ms;
};

// `callers` threads each repeat `one(caller)` (which returns once its write is durable) until
// `length` has passed.
PhaseResult measure(CommitTally& tally, int callers, Seconds length,
                    const std::function<void(int)>& one) {
  const std::size_t commits_before = tally.commits;
  const std::size_t units_before = tally.units;
  const std::int64_t microseconds_before = tally.commit_microseconds;
  std::atomic<std::size_t> acknowledged = 0;
  const auto started = Clock::now();
  const auto deadline = started + length;
  std::vector<std::thread> threads;
  for (int c = 0; c < callers; ++c) {
    threads.emplace_back([&, c] {
      while (Clock::now() < deadline) {
        one(c);
        ++acknowledged;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  const Seconds elapsed = Clock::now() - started;
  const std::size_t commits = tally.commits - commits_before;
  const std::size_t units = tally.units - units_before;
  const auto microseconds = static_cast<double>(tally.commit_microseconds - microseconds_before);
  const double per_commit = commits == 0 ? 0.0 : 1.0 / static_cast<double>(commits);
  return {static_cast<double>(acknowledged) / elapsed.count(),
          static_cast<double>(units) * per_commit, microseconds * per_commit / 1000.0};
}

motus::store::DbOptions counting(CommitTally& tally) {
  motus::store::DbOptions options;
  options.on_commit = [&tally](const motus::store::CommitObservation& observation) {
    ++tally.commits;
    tally.units += observation.batch_size;
    tally.commit_microseconds +=
        std::chrono::duration_cast<std::chrono::microseconds>(observation.latency).count();
  };
  return options;
}

void single_row_writes(const std::string& url, Seconds length) {
  CommitTally tally;
  auto db = motus::store::open_db(url, counting(tally));
  db->write_and_wait([](Connection& c) { c.execute(create_checkins); });
  const auto write_checkin = [&db](int caller) {
    const std::string member = "member-" + std::to_string(caller);
    db->write_and_wait([&member](Connection& connection) {
      connection.execute(insert_checkin, {member, std::int64_t{4}, std::string("stiff")});
    });
  };
  // The write-ahead log grows until its first checkpoint, and while a file grows every fsync
  // also flushes its size; warm it up so both phases measure the steady state a server sees.
  measure(tally, 64, length / 2, write_checkin);
  const PhaseResult single = measure(tally, 1, length, write_checkin);
  std::printf("single-row writes, SQLite (WAL, synchronous=FULL)\n");
  std::printf("  1 caller:   %9.0f durable writes/s  (mean batch %.1f)\n", single.per_second,
              single.mean_batch);
  for (const int callers : {16, 64}) {
    const PhaseResult group = measure(tally, callers, length, write_checkin);
    std::printf("  %2d callers: %9.0f durable writes/s  (mean batch %.1f)  = %.1fx one caller\n",
                callers, group.per_second, group.mean_batch, group.per_second / single.per_second);
  }
  db->close();
}

// A loaded machine's fsyncs and scheduling swing from second to second, so the two paths take
// turns and each reports its median round.
constexpr int kRounds = 5;

PhaseResult median(std::vector<PhaseResult> rounds) {
  std::sort(rounds.begin(), rounds.end(),
            [](const PhaseResult& a, const PhaseResult& b) { return a.per_second < b.per_second; });
  return rounds[rounds.size() / 2];
}

motus::store::AuditEntry read_of_today(int caller) {
  const std::string member = "m-" + std::to_string(caller);
  return {1'767'225'600'000, member, "member", "read", "session", member, "allowed", "bench", {}};
}

void audited_appends(const std::string& label, const std::string& url, Seconds length) {
  CommitTally tally;
  auto db = motus::store::open_db(url, counting(tally));
  db->migrate();
  const auto old_path = [&db](int caller) {
    const auto entry = read_of_today(caller);
    db->write_and_wait([&entry](Connection& c) { motus::store::append_audit(c, entry); });
  };
  const auto new_path = [&db](int caller) {
    std::promise<void> durable;
    db->audit(read_of_today(caller), [&durable](std::exception_ptr error) {
      if (error) {
        durable.set_exception(error);
      } else {
        durable.set_value();
      }
    });
    durable.get_future().get();
  };
  measure(tally, 64, length / 2, old_path);  // warm-up, as above
  std::printf("audited appends, %s (median of %d alternating rounds each)\n", label.c_str(),
              kRounds);
  for (const int callers : {16, 64}) {
    std::vector<PhaseResult> before;
    std::vector<PhaseResult> after;
    for (int round = 0; round < kRounds; ++round) {
      // Which goes first changes every round, so neither always meets the other's checkpoint.
      if (round % 2 == 0) before.push_back(measure(tally, callers, length, old_path));
      after.push_back(measure(tally, callers, length, new_path));
      if (round % 2 == 1) before.push_back(measure(tally, callers, length, old_path));
    }
    const PhaseResult old_median = median(before);
    const PhaseResult new_median = median(after);
    std::printf(
        "  %2d callers: write+append_audit %7.0f/s (batch %4.1f, commit %5.2f ms)   "
        "Db::audit %7.0f/s (batch %4.1f, commit %5.2f ms)   = %.2fx\n",
        callers, old_median.per_second, old_median.mean_batch, old_median.mean_commit_ms,
        new_median.per_second, new_median.mean_batch, new_median.mean_commit_ms,
        new_median.per_second / old_median.per_second);
  }
  bool verified = false;
  db->read([&](Connection& c) { verified = motus::store::verify_audit_chain(c).verified; });
  std::printf("  audit chain after the run: %s\n", verified ? "verified" : "BROKEN");
  db->close();
}

// Runs one statement on the PostgreSQL server itself (CREATE/DROP DATABASE cannot run inside the
// store's transactions).
void run_on_server(const std::string& server_url, const std::string& sql) {
  PGconn* connection = PQconnectdb(server_url.c_str());
  const bool reached = PQstatus(connection) == CONNECTION_OK;
  PGresult* result = reached ? PQexec(connection, sql.c_str()) : nullptr;
  const bool ok = result != nullptr && PQresultStatus(result) == PGRES_COMMAND_OK;
  const std::string reason = PQerrorMessage(connection);
  PQclear(result);
  PQfinish(connection);
  if (!ok) throw std::runtime_error(sql + " failed: " + reason);
}

// The server URL with its database name replaced.
std::string on_database(const std::string& server_url, const std::string& name) {
  const auto authority = server_url.find("://");
  const auto query = server_url.find('?');
  const auto path = server_url.find('/', authority == std::string::npos ? 0 : authority + 3);
  std::string out = server_url.substr(0, std::min(path, query)) + "/" + name;
  if (query != std::string::npos) out += server_url.substr(query);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  const double seconds = argc > 1 ? std::atof(argv[1]) : 3.0;
  const Seconds length(seconds > 0 ? seconds : 3.0);
  std::string pattern =
      (std::filesystem::temp_directory_path() / "motus-bench-store-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    std::fprintf(stderr, "bench_store_commit: cannot make a temporary directory\n");
    return 1;
  }
  const std::filesystem::path directory = pattern;
  try {
    single_row_writes("sqlite:" + (directory / "writes.db").string(), length);
    audited_appends("SQLite", "sqlite:" + (directory / "audit.db").string(), length);
    const char* server = std::getenv("MOTUS_TEST_POSTGRES_URL");
    if (server != nullptr && *server != '\0') {
      const std::string name = "motus_bench_store_" + std::to_string(getpid());
      run_on_server(server, "CREATE DATABASE " + name);
      try {
        audited_appends("PostgreSQL", on_database(server, name), length);
      } catch (...) {
        run_on_server(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        throw;
      }
      run_on_server(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    } else {
      std::printf(
          "audited appends, PostgreSQL: skipped (MOTUS_TEST_POSTGRES_URL is not set; run "
          "under scripts/with-postgres)\n");
    }
  } catch (const std::exception& error) {
    std::fprintf(stderr, "bench_store_commit: %s\n", error.what());
    std::filesystem::remove_all(directory);
    return 1;
  }
  std::filesystem::remove_all(directory);
}
