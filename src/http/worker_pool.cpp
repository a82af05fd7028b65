#include "http/worker_pool.hpp"

#include <atomic>

namespace motus::http {

namespace {
std::atomic<std::uint64_t> jobs_submitted{0};
std::atomic<std::uint64_t> jobs_finished{0};
}  // namespace

boost::asio::thread_pool& worker_pool() {
  static boost::asio::thread_pool pool(2);
  return pool;
}

WorkerJobCounts worker_job_counts() {
  // Finished first, so a job that ends between the two reads never counts as finished but not
  // submitted.
  const auto finished = jobs_finished.load();
  return {jobs_submitted.load(), finished};
}

void count_worker_job_submitted() { jobs_submitted.fetch_add(1); }

void count_worker_job_finished() { jobs_finished.fetch_add(1); }

}  // namespace motus::http
