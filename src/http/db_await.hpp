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

// Runs `queue(done)`, which hands `done` to the store's writer, and resumes once it was called.
template <typename Queue>
boost::asio::awaitable<void> until_durable(Queue queue) {
  auto initiate = [queue = std::move(queue)](auto handler) mutable {
    auto executor = boost::asio::get_associated_executor(handler);
    // The coroutine's handler is move-only and the writer takes a std::function, so it is shared.
    auto shared = std::make_shared<decltype(handler)>(std::move(handler));
    queue(DurableDone([shared, executor](std::exception_ptr error) {
      boost::asio::post(executor, [shared, error]() { std::move (*shared)(error); });
    }));
  };
  co_await boost::asio::async_initiate<decltype(boost::asio::use_awaitable),
                                       void(std::exception_ptr)>(std::move(initiate),
                                                                 boost::asio::use_awaitable);
}

inline boost::asio::awaitable<void> durable_write(store::Db& db,
                                                  std::function<void(store::Connection&)> work) {
  co_await until_durable([&db, work = std::move(work)](DurableDone done) mutable {
    db.write(std::move(work), std::move(done));
  });
}

// Appends one audit row and waits until it is durable: a read of health data is answered only
// after the row saying who read it is on disk. The writer appends such entries together, many
// per statement, after each batch's other work.
inline boost::asio::awaitable<void> durable_audit(store::Db& db, store::AuditEntry entry) {
  co_await until_durable([&db, entry = std::move(entry)](DurableDone done) mutable {
    db.audit(std::move(entry), std::move(done));
  });
}

}  // namespace motus::http
