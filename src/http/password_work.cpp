#include "http/password_work.hpp"

#include "http/worker_pool.hpp"
#include "store/credentials.hpp"

namespace motus::http {

boost::asio::awaitable<std::string> hash_password_off_io(const std::string& password) {
  return on_worker([password] { return store::hash_password(password); });
}

boost::asio::awaitable<bool> verify_password_off_io(const std::string& hash,
                                                    const std::string& password) {
  return on_worker([hash, password] { return store::verify_password(hash, password); });
}

boost::asio::awaitable<bool> verify_password_of_nobody_off_io(const std::string& password) {
  return on_worker([password] {
    store::verify_password_of_nobody(password);
    return false;
  });
}

}  // namespace motus::http
