#pragma once
// Lets a request coroutine wait for a durable write without blocking its thread: the store's
// writer calls back, and the coroutine resumes on its own executor.
#include <boost/asio/async_result.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <memory>

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

}  // namespace motus::http
