#pragma once
// Work too slow for an I/O thread (an Argon2 password hash takes tens of milliseconds) runs on
// a small pool of its own threads. The request coroutine gives its I/O thread back while it
// waits, so other requests keep being answered, and it resumes on its own executor.
#include <boost/asio/associated_executor.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <cstdint>
#include <exception>
#include <type_traits>
#include <utility>

namespace motus::http {

// The pool every slow computation shares (two threads: the hashes are memory-hard, and the
// machine still needs cores for its I/O threads and the store's writer).
boost::asio::thread_pool& worker_pool();

// The pool's jobs since the process started, for /metrics: a queue that keeps growing means
// slow work arrives faster than two threads can do it.
struct WorkerJobCounts {
  std::uint64_t submitted = 0;
  std::uint64_t finished = 0;
};
WorkerJobCounts worker_job_counts();
void count_worker_job_submitted();
void count_worker_job_finished();

// Runs `work()` on the worker pool; awaiting the result gives what it returned or rethrows what
// it threw. Not a coroutine itself, so no argument lives in a coroutine frame (GCC 12 destroys
// temporaries in co_await expressions twice).
template <typename Work>
auto on_worker(Work work) {
  using Result = std::invoke_result_t<Work&>;
  static_assert(!std::is_void_v<Result>, "return a value the caller can look at");
  auto initiate = [work = std::move(work)](auto handler) mutable {
    count_worker_job_submitted();
    boost::asio::post(worker_pool(),
                      [work = std::move(work), handler = std::move(handler)]() mutable {
                        std::exception_ptr error;
                        Result result{};
                        try {
                          result = work();
                        } catch (...) {
                          error = std::current_exception();
                        }
                        count_worker_job_finished();
                        auto executor = boost::asio::get_associated_executor(handler);
                        boost::asio::post(executor, [handler = std::move(handler), error,
                                                     result = std::move(result)]() mutable {
                          std::move(handler)(error, std::move(result));
                        });
                      });
  };
  return boost::asio::async_initiate<decltype(boost::asio::use_awaitable),
                                     void(std::exception_ptr, Result)>(std::move(initiate),
                                                                       boost::asio::use_awaitable);
}

}  // namespace motus::http
