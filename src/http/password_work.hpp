#pragma once
// The Argon2 steps of the account routes (log-in, sign-up, password change, deleting an
// account), each run on the worker pool so a burst of log-ins never stalls the I/O threads.
// Routes call these instead of store/credentials.hpp's blocking functions. Pass named
// variables: the functions copy what they need before returning.
#include <boost/asio/awaitable.hpp>
#include <string>

namespace motus::http {

boost::asio::awaitable<std::string> hash_password_off_io(const std::string& password);
boost::asio::awaitable<bool> verify_password_off_io(const std::string& hash,
                                                    const std::string& password);
// Spends a verification's time when no account has the email, so timing reveals nothing.
// Always false.
boost::asio::awaitable<bool> verify_password_of_nobody_off_io(const std::string& password);

}  // namespace motus::http
