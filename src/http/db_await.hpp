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

inline boost::asio::awaitable<void> durable_write(store::Db& db,
                                                  std::function<void(store::Connection&)> work) {
  auto initiate = [&db, work = std::move(work)](auto handler) mutable {
    auto executor = boost::asio::get_associated_executor(handler);
    // The coroutine's handler is move-only and Db::write takes a std::function, so it is shared.
    auto shared = std::make_shared<decltype(handler)>(std::move(handler));
    db.write(std::move(work), [shared, executor](std::exception_ptr error) {
      boost::asio::post(executor, [shared, error]() { std::move (*shared)(error); });
    });
  };
  co_await boost::asio::async_initiate<decltype(boost::asio::use_awaitable),
                                       void(std::exception_ptr)>(std::move(initiate),
                                                                 boost::asio::use_awaitable);
}

// Appends one audit row and waits until it is durable: a read of health data is answered only
// after the row saying who read it is on disk.
inline boost::asio::awaitable<void> durable_audit(store::Db& db, store::AuditEntry entry) {
  std::function<void(store::Connection&)> work = [entry = std::move(entry)](store::Connection& c) {
    store::append_audit(c, entry);
  };
  co_await durable_write(db, std::move(work));
}

}  // namespace motus::http
