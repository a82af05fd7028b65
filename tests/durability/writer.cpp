// The program the durability test kills with SIGKILL. It writes rows with unique ids through the
// store's group-commit writer from several threads, and prints an id on stdout only once the
// store says that id's write is durable. Whatever it printed must be in the file afterwards.
//
// usage: durability_writer DB_PATH RUN [--ack-before-commit]
// RUN keeps ids unique across runs on one file. --ack-before-commit prints each id while its
// write is still uncommitted: a deliberately wrong writer that the test must catch.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <semaphore>
#include <string>
#include <thread>
#include <vector>

#include "store/db.hpp"

namespace {

using motus::store::Connection;
using motus::store::Statement;

const Statement create_table{"create_acknowledged_writes",
                             "CREATE TABLE IF NOT EXISTS acknowledged_writes ("
                             " id INTEGER PRIMARY KEY, payload TEXT NOT NULL)"};
const Statement insert_row{"insert_acknowledged_write",
                           "INSERT INTO acknowledged_writes (id, payload) VALUES ($1, $2)"};

constexpr int threads = 4;
constexpr int in_flight_per_thread = 64;

void announce(std::int64_t id) {
  std::printf("%lld\n", static_cast<long long>(id));
  std::fflush(stdout);
}

[[noreturn]] void write_forever(motus::store::Db& db, std::int64_t first_id, bool ack_early) {
  std::counting_semaphore<in_flight_per_thread> slots(in_flight_per_thread);
  for (std::int64_t id = first_id;; ++id) {
    slots.acquire();
    db.write(
        [id, ack_early](Connection& c) {
          c.execute(insert_row, {id, std::string(200, 'p')});
          if (ack_early) {
            announce(id);
            // Widen the gap between the early acknowledgement and the commit, so a kill at a
            // random moment almost surely lands in it and the test of the check is not flaky.
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
          }
        },
        [id, ack_early, &slots](std::exception_ptr error) {
          if (!error && !ack_early) announce(id);
          slots.release();
        });
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: durability_writer DB_PATH RUN [--ack-before-commit]\n");
    return 2;
  }
  const std::int64_t run = std::atoll(argv[2]);
  const bool ack_early = argc > 3 && std::string(argv[3]) == "--ack-before-commit";
  try {
    auto db = motus::store::open_db(std::string("sqlite:") + argv[1]);
    db->write_and_wait([](Connection& c) { c.execute(create_table); });
    std::vector<std::thread> writers;
    for (int t = 0; t < threads; ++t) {
      const std::int64_t first_id = run * 1'000'000'000 + t * 10'000'000;
      writers.emplace_back([&db, first_id, ack_early] { write_forever(*db, first_id, ack_early); });
    }
    for (auto& writer : writers) writer.join();
  } catch (const std::exception& error) {
    std::fprintf(stderr, "durability_writer: %s\n", error.what());
    return 1;
  }
}
