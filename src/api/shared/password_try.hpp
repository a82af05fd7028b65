#pragma once
// A password typed by a person, checked under the login limits (core/access/login_throttle.hpp):
// logging in, and typing the current password again to change it or to erase the account, all
// count against the same per-account and per-address failures, so re-entry cannot be used to
// guess without limit. The try is counted before the slow Argon2 check, in one write with the
// decision whether it may be checked at all.
#include <boost/asio/awaitable.hpp>
#include <cstdint>
#include <optional>
#include <string>

#include "api/shared/app.hpp"
#include "http/message.hpp"
#include "store/audit_log.hpp"
#include "store/login_failure_repository.hpp"

namespace motus::api {

struct PasswordTry {
  enum class Result { wait, wrong, right };
  Result result = Result::wrong;
  std::int64_t wait_seconds = 0;  // when Result::wait
  store::LoginKeys keys;          // for take_back_password_try in the caller's own write
};

// Checks `password` against `password_hash` (nullptr: no such account; the check still costs what
// a real one does). Writes, durably: `refused` when the try must wait, `failed` when the password
// is wrong. When it is right nothing is written: the caller calls store::take_back_password_try
// with `keys` in the write that acts on it.
boost::asio::awaitable<PasswordTry> try_password(App& app, const http::Request& request,
                                                 const std::string& email,
                                                 const std::string* password_hash,
                                                 const std::string& password,
                                                 store::AuditEntry refused,
                                                 store::AuditEntry failed);

// Counts one try of a second-factor code (or any secret but the password) for the account with
// `email` under the same limits, before it is checked: the seconds to wait (and `refused`
// written) when it may not be checked now, nullopt when it may. `keys` is set either way, for
// store::take_back_password_try when the code turns out right.
boost::asio::awaitable<std::optional<std::int64_t>> count_try(App& app,
                                                              const http::Request& request,
                                                              const std::string& email,
                                                              store::AuditEntry refused,
                                                              store::LoginKeys& keys);

// 429 with Retry-After and plain words.
http::Response too_many_password_tries(const http::Request& request, std::int64_t seconds);

}  // namespace motus::api
