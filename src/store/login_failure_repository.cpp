#include "store/login_failure_repository.hpp"

#include <algorithm>
#include <array>

namespace motus::store {

namespace {

// Every key gets a row first (an empty count reads as "never failed": its window of 0 is long
// over), so that PostgreSQL's FOR UPDATE has a row to lock even for a key never seen before.
constexpr Statement kEnsureRow{
    "ensure_login_failures",
    "INSERT INTO login_failures (key, window_started_at, failures, last_failure_at) "
    "VALUES ($1, 0, 0, 0) ON CONFLICT (key) DO NOTHING"};
constexpr Statement kFindFailures{
    "find_login_failures",
    "SELECT key, window_started_at, failures, last_failure_at FROM login_failures "
    "WHERE key IN ($1, $2, $3) ORDER BY key",
};
// The rows are locked in key order, the same order in every transaction, so two never deadlock.
constexpr Statement kLockFailures{
    "lock_login_failures",
    "SELECT key, window_started_at, failures, last_failure_at FROM login_failures "
    "WHERE key IN ($1, $2, $3) ORDER BY key",
    "SELECT key, window_started_at, failures, last_failure_at FROM login_failures "
    "WHERE key IN ($1, $2, $3) ORDER BY key FOR UPDATE",
};
constexpr Statement kSaveFailures{
    "save_login_failures",
    "UPDATE login_failures SET window_started_at = $2, failures = $3, "
    "last_failure_at = $4 WHERE key = $1"};
constexpr Statement kClearFailures{"clear_login_failures",
                                   "DELETE FROM login_failures WHERE key = $1"};
constexpr Statement kForgetAccount{
    "forget_login_failures",
    "DELETE FROM login_failures WHERE key = $1 OR key LIKE $2 ESCAPE '\\'"};

std::optional<core::FailureCount> count_of(const Rows& rows, const std::string& key) {
  for (const auto& row : rows) {
    if (row.text(0) == key)
      return core::FailureCount{row.integer(1), row.integer(2), row.integer(3)};
  }
  return std::nullopt;
}

core::LoginCounts counts_from(const Rows& rows, const LoginKeys& keys) {
  return {count_of(rows, keys.account), count_of(rows, keys.address),
          count_of(rows, keys.account_address)};
}

void save(Connection& connection, const std::string& key, const core::FailureCount& count) {
  connection.execute(kSaveFailures,
                     {key, count.window_started_at, count.failures, count.last_failure_at});
}

std::string like_literal(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

}  // namespace

LoginKeys login_keys(const std::string& email, const std::string& address) {
  return {"account:" + email, "address:" + address, "account:" + email + "|address:" + address};
}

core::LoginCounts find_login_counts(Connection& connection, const LoginKeys& keys) {
  return counts_from(
      connection.query(kFindFailures, {keys.account, keys.address, keys.account_address}), keys);
}

std::optional<std::int64_t> count_password_try(Connection& connection, const LoginKeys& keys,
                                               std::int64_t now_ms) {
  std::array<std::string, 3> ordered{keys.account, keys.address, keys.account_address};
  std::sort(ordered.begin(), ordered.end());
  for (const auto& key : ordered) connection.execute(kEnsureRow, {key});
  const auto counts = counts_from(
      connection.query(kLockFailures, {keys.account, keys.address, keys.account_address}), keys);
  if (auto wait = core::login_wait_seconds(counts, now_ms)) return wait;
  save(connection, keys.account,
       core::after_failure(counts.account, core::kAccountHourlyCap, now_ms));
  save(connection, keys.address, core::after_failure(counts.address, core::kAddressLimit, now_ms));
  save(connection, keys.account_address,
       core::after_failure(counts.account_address, core::kAccountAddressWindow, now_ms));
  return std::nullopt;
}

void take_back_password_try(Connection& connection, const LoginKeys& keys) {
  const auto counts = counts_from(
      connection.query(kLockFailures, {keys.account, keys.address, keys.account_address}), keys);
  if (counts.account) save(connection, keys.account, core::after_right_password(*counts.account));
  if (counts.address) save(connection, keys.address, core::after_right_password(*counts.address));
  connection.execute(kClearFailures, {keys.account_address});
}

void forget_login_failures_of(Connection& connection, const std::string& email) {
  const auto keys = login_keys(email, "");
  connection.execute(kForgetAccount,
                     {keys.account, like_literal(keys.account + "|address:") + "%"});
}

}  // namespace motus::store
