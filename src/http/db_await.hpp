#pragma once
// Lets a request coroutine wait for a durable write without blocking its thread: the store's
// writer calls back, and the coroutine resumes on its own executor.
#include <boost/asio/async_result.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <memory>
#include <mutex>
#include <vector>

#include "store/audit_log.hpp"
#include "store/db.hpp"

namespace motus::http {

using DurableDone = std::function<void(std::exception_ptr)>;

// The initiation for async_initiate: `queue(done)` hands `done` to the store's writer, which
// calls it once the work is durable, and the coroutine then resumes on its own executor.
template <typename Queue>
auto resume_when_durable(Queue queue) {
  return [queue = std::move(queue)](auto handler) mutable {
    auto executor = boost::asio::get_associated_executor(handler);
    // The coroutine's handler is move-only and the writer takes a std::function, so it is shared.
    auto shared = std::make_shared<decltype(handler)>(std::move(handler));
    queue(DurableDone([shared, executor](std::exception_ptr error) {
      boost::asio::post(executor, [shared, error]() { std::move (*shared)(error); });
    }));
  };
}

// The initiation is a named local moved into async_initiate, never a temporary inside the
// co_await expression, which GCC 12 was seen to destroy twice (a crash on the first write).
inline boost::asio::awaitable<void> durable_write(store::Db& db,
                                                  std::function<void(store::Connection&)> work) {
  auto initiate = resume_when_durable([&db, work = std::move(work)](DurableDone done) mutable {
    db.write(std::move(work), std::move(done));
  });
  co_await boost::asio::async_initiate<decltype(boost::asio::use_awaitable),
                                       void(std::exception_ptr)>(std::move(initiate),
                                                                 boost::asio::use_awaitable);
}

// Appends one audit row and waits until it is durable: a read of health data is answered only
// after the row saying who read it is on disk. The writer appends such entries together, many
// per statement, after each batch's other work.
inline boost::asio::awaitable<void> durable_audit(store::Db& db, store::AuditEntry entry) {
  auto initiate = resume_when_durable([&db, entry = std::move(entry)](DurableDone done) mutable {
    db.audit(std::move(entry), std::move(done));
  });
  co_await boost::asio::async_initiate<decltype(boost::asio::use_awaitable),
                                       void(std::exception_ptr)>(std::move(initiate),
                                                                 boost::asio::use_awaitable);
}

// Appends several audit rows (a list of members shown at once, each row naming one) and waits
// until all are durable; the first failure is the one rethrown. The writer takes them like any
// other queued entries, so a caseload of 250 costs a few multi-row INSERTs, not 250 units.
inline boost::asio::awaitable<void> durable_audits(store::Db& db,
                                                   std::vector<store::AuditEntry> entries) {
  if (entries.empty()) co_return;
  auto initiate =
      resume_when_durable([&db, entries = std::move(entries)](DurableDone done) mutable {
        struct Pending {
          std::mutex mutex;
          std::size_t left;
          std::exception_ptr first_error;
          DurableDone done;
        };
        auto pending = std::make_shared<Pending>();
        pending->left = entries.size();
        pending->done = std::move(done);
        for (auto& entry : entries) {
          db.audit(std::move(entry), [pending](std::exception_ptr error) {
            std::unique_lock lock(pending->mutex);
            if (error && !pending->first_error) pending->first_error = error;
            if (--pending->left > 0) return;
            const auto outcome = pending->first_error;
            lock.unlock();
            pending->done(outcome);
          });
        }
      });
  co_await boost::asio::async_initiate<decltype(boost::asio::use_awaitable),
                                       void(std::exception_ptr)>(std::move(initiate),
                                                                 boost::asio::use_awaitable);
}

}  // namespace motus::http
