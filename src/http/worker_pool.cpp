#include "http/worker_pool.hpp"

namespace motus::http {

boost::asio::thread_pool& worker_pool() {
  static boost::asio::thread_pool pool(2);
  return pool;
}

}  // namespace motus::http
