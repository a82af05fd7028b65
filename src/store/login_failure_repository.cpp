#include "store/login_failure_repository.hpp"

namespace motus::store {

namespace {

constexpr Statement kFindFailures{"find_login_failures",
                                  "SELECT window_started_at, failures FROM login_failures WHERE key = $1"};
constexpr Statement kSaveFailures{"save_login_failures",
                                  "INSERT INTO login_failures (key, window_started_at, failures) VALUES ($1, $2, $3) "
                                  "ON CONFLICT (key) DO UPDATE SET window_started_at = excluded.window_started_at, "
                                  "failures = excluded.failures"};
constexpr Statement kClearFailures{"clear_login_failures", "DELETE FROM login_failures WHERE key = $1"};

}  // namespace

std::optional<core::FailureCount> find_login_failures(Connection& connection, const std::string& key) {
  const auto rows = connection.query(kFindFailures, {key});
  if (rows.empty()) return std::nullopt;
  return core::FailureCount{rows.front().integer(0), rows.front().integer(1)};
}

void record_login_failure(Connection& connection, const std::string& key, const core::ThrottleLimit& limit,
                          std::int64_t now_ms) {
  const auto next = core::after_failure(find_login_failures(connection, key), limit, now_ms);
  connection.execute(kSaveFailures, {key, next.window_started_at, next.failures});
}

void clear_login_failures(Connection& connection, const std::string& key) {
  connection.execute(kClearFailures, {key});
}

}  // namespace motus::store
