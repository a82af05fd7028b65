// bench_generate: fills a Motus database with a clinic at scale, by default 1,000,000 members
// in 2,000 organizations with 30 days of sessions and check-ins, their therapists and care
// assignments, through the store's Db interface (SQLite and PostgreSQL alike), and writes the
// session tokens bench/mixed-load uses.
//
//   bench_generate sqlite:/work/scratch/motus-1m.db --tokens-dir /work/scratch/tokens-1m
//   bench_generate postgresql://... --members 10000
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <future>
#include <iostream>
#include <memory>

#include "batch.hpp"
#include "content/load_knowledge_base.hpp"
#include "derived_rows.hpp"
#include "journey_templates.hpp"
#include "member_history.hpp"
#include "plan.hpp"
#include "progress.hpp"
#include "staff.hpp"
#include "store/credentials.hpp"
#include "store/db.hpp"
#include "token_files.hpp"

namespace {

using namespace motus;
using namespace motus::bench;

constexpr const char* kPassword = "quiet-harbor-lamp-7";
constexpr std::size_t kRowsPerStatement = 200;

constexpr store::Statement kAccounts{"generate_accounts", "SELECT count(*) FROM users"};
constexpr store::Statement kSqliteSize{
    "generate_size_sqlite",
    "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"};
constexpr store::Statement kPostgresSize{"generate_size_postgresql",
                                         "SELECT pg_database_size(current_database())"};

// Keeps one batch in flight on the store's writer while the next one is built.
class BatchPipeline {
 public:
  BatchPipeline(store::Db& db, Progress& progress) : db_(db), progress_(progress) {}

  void submit(std::unique_ptr<Batch> batch, std::int64_t members) {
    wait();
    const auto rows = static_cast<std::int64_t>(batch->rows());
    auto shared = std::shared_ptr<Batch>(std::move(batch));
    auto finished = std::make_shared<std::promise<void>>();
    pending_ = finished->get_future();
    pending_members_ = members;
    pending_rows_ = rows;
    db_.write(
        [this, shared](store::Connection& c) {
          for (auto* table : shared->in_write_order()) insert_.write(c, *table);
        },
        [finished](std::exception_ptr error) {
          if (error) {
            finished->set_exception(error);
          } else {
            finished->set_value();
          }
        });
  }

  void wait() {
    if (!pending_.valid()) return;
    pending_.get();
    progress_.advance(pending_members_, pending_rows_);
  }

 private:
  store::Db& db_;
  Progress& progress_;
  BulkInsert insert_{kRowsPerStatement};  // used only on the writer thread
  std::future<void> pending_;
  std::int64_t pending_members_ = 0;
  std::int64_t pending_rows_ = 0;
};

std::int64_t database_bytes(store::Db& db) {
  std::int64_t bytes = 0;
  db.read([&](store::Connection& c) {
    bytes = c.query(db.dialect() == "sqlite" ? kSqliteSize : kPostgresSize).front().integer(0);
  });
  return bytes;
}

std::int64_t current_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

int generate(const std::string& url, GenerationPlan plan, const std::string& tokens_dir,
             const std::string& content_dir) {
  std::cout << "generating " << plan.members << " members in " << plan.organizations
            << " organizations, " << plan.therapists() << " therapists (" << plan.caseload
            << " members each), " << plan.days << " days of sessions and check-ins, seed "
            << plan.seed << ", now " << plan.now_ms << std::endl;

  auto loaded = content::load_knowledge_base(content_dir);
  const auto journeys = journey_templates(loaded.knowledge_base, plan.days);
  std::cout << "journeys: " << journeys.with_program.size() << " with a program, "
            << journeys.flagged.size() << " for the care team, run once through the core; "
            << answer_note() << std::endl;

  const auto hash_started = std::chrono::steady_clock::now();
  plan.password_hash = store::hash_password(kPassword);
  std::cout
      << "password hash (Argon2id) computed once in "
      << std::chrono::duration<double>(std::chrono::steady_clock::now() - hash_started).count()
      << " s and reused for every account; every account's password is " << kPassword << std::endl;

  store::DbOptions options;
  options.max_batch = 1;  // one generated batch is one transaction already
  auto db = store::open_db(url, options);
  const auto applied = db->migrate();
  std::cout << "schema: " << applied.size() << " migrations applied (" << db->dialect() << ")"
            << std::endl;
  std::int64_t accounts = 0;
  db->read([&](store::Connection& c) { accounts = c.query(kAccounts).front().integer(0); });
  if (accounts > 0) {
    std::cerr << "the database already has " << accounts
              << " accounts; generate into a new, empty database" << std::endl;
    return 2;
  }
  if (db->dialect() == "sqlite") {
    // A large page cache for the writer's connection: the member indexes take random inserts.
    db->write_and_wait(
        [](store::Connection& c) { c.execute_script("PRAGMA cache_size=-1048576;"); });
  }

  // 0016's triggers off for the load, their rows derived once after it (derived_rows.hpp).
  DerivedRowsDeferred derived_rows(*db);

  TokenFiles tokens(tokens_dir);
  Progress progress(std::cout, plan.members);
  BatchPipeline pipeline(*db, progress);
  auto staff = std::make_unique<Batch>();
  add_organizations(*staff, plan);
  add_therapists(*staff, plan, tokens);
  pipeline.submit(std::move(staff), 0);
  for (std::int64_t first = 0; first < plan.members; first += plan.members_per_batch) {
    auto batch = std::make_unique<Batch>();
    const auto last = std::min(plan.members, first + plan.members_per_batch);
    for (std::int64_t m = first; m < last; ++m) add_member(*batch, plan, journeys, m, tokens);
    pipeline.submit(std::move(batch), last - first);
  }
  pipeline.wait();
  progress.finish();
  tokens.close();
  const double load_seconds = progress.seconds();

  const auto derive_started = std::chrono::steady_clock::now();
  std::cout << "deriving each member's queue signals and each therapist's caseload (0016's "
               "backfill), then turning its triggers back on"
            << std::endl;
  derived_rows.derive();
  std::printf(
      "derived rows in %.1f s\n",
      std::chrono::duration<double>(std::chrono::steady_clock::now() - derive_started).count());

  const auto analyze_started = std::chrono::steady_clock::now();
  db->write_and_wait([](store::Connection& c) { c.execute_script("ANALYZE;"); });
  const double analyze_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - analyze_started).count();
  const auto bytes = database_bytes(*db);
  db->close();

  std::printf("rows: %lld in %.1f s (%.0f rows/s); ANALYZE %.1f s; database size %.2f GiB\n",
              static_cast<long long>(progress.rows()), load_seconds,
              static_cast<double>(progress.rows()) / load_seconds, analyze_seconds,
              static_cast<double>(bytes) / (1024.0 * 1024 * 1024));
  std::cout << "tokens: " << tokens.members_path().string() << " (members with a program), "
            << tokens.therapists_path().string() << std::endl;
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Fill a Motus database with a clinic at scale (bench/mixed-load runs against it)."};
  std::string url;
  GenerationPlan plan;
  std::int64_t now_ms = 0;
  std::string tokens_dir = "motus-tokens";
  std::string content_dir = std::string(MOTUS_SOURCE_DIR) + "/content";
  app.add_option("db", url, "Database URL: sqlite:PATH or postgresql://...")->required();
  app.add_option("--members", plan.members, "Members (default 1,000,000)")
      ->check(CLI::PositiveNumber);
  app.add_option("--organizations", plan.organizations, "Organizations (default 2,000)")
      ->check(CLI::PositiveNumber);
  app.add_option("--caseload", plan.caseload, "Members per therapist (default 250)")
      ->check(CLI::PositiveNumber);
  app.add_option("--days", plan.days, "Days of history (default 30)")->check(CLI::Range(7, 365));
  app.add_option("--seed", plan.seed, "Seed: the same seed and --now give the same rows");
  app.add_option("--now", now_ms, "The generated clinic's now, epoch ms (default: the clock)");
  app.add_option("--batch", plan.members_per_batch, "Members per transaction (default 1,000)")
      ->check(CLI::PositiveNumber);
  app.add_option("--tokens-dir", tokens_dir,
                 "Where to write member-tokens.txt and therapist-tokens.txt");
  app.add_option("--content-dir", content_dir, "The knowledge base (exercises, patterns)");
  CLI11_PARSE(app, argc, argv);
  plan.now_ms = now_ms > 0 ? now_ms : current_ms();
  plan.organizations = std::min(plan.organizations, plan.members);
  try {
    return generate(url, plan, tokens_dir, content_dir);
  } catch (const std::exception& e) {
    std::cerr << "bench_generate: " << e.what() << std::endl;
    return 1;
  }
}
