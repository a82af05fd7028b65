#pragma once
// Failed password counts, shared by every server: per account ("account:<email>"), per address
// ("address:<ip>") and per account from one address ("account:<email>|address:<ip>"). A try is
// counted before its password is checked, inside the write that decides whether it may be
// checked at all, so tries sent at once cannot all slip past the limit; a try that turns out
// right takes its count back.
#include <optional>
#include <string>

#include "core/access/login_throttle.hpp"
#include "store/db.hpp"

namespace motus::store {

struct LoginKeys {
  std::string account;
  std::string address;
  std::string account_address;
};

// The keys a password try for `email` from `address` counts under.
LoginKeys login_keys(const std::string& email, const std::string& address);

core::LoginCounts find_login_counts(Connection& connection, const LoginKeys& keys);

// Inside a write transaction: when the limits let this try be checked now, counts it as a
// failure under all three keys and answers nullopt; otherwise answers the whole seconds to wait
// and counts nothing. On PostgreSQL the three rows are locked until the transaction ends, so
// servers sharing the database count one after another.
std::optional<std::int64_t> count_password_try(Connection& connection, const LoginKeys& keys,
                                               std::int64_t now_ms);

// Inside a write transaction: the try counted by count_password_try had the right password.
// The account and address counts drop by that one; the account's count from this address ends.
void take_back_password_try(Connection& connection, const LoginKeys& keys);

// Every count that names the account with `email` (for erasing a member).
void forget_login_failures_of(Connection& connection, const std::string& email);

}  // namespace motus::store
