#pragma once
// The sessions a member logged. Each carries the client's idempotency key (client_id, unique
// per member) and the first answer, so a resend is answered with it and changes nothing.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/db.hpp"

namespace motus::store {

struct SessionLog {
  std::string id;
  std::string member_id;
  std::string client_id;
  std::int64_t at = 0;
  std::int64_t program_day = 0;
  std::int64_t pain_before = 0;
  std::int64_t pain_after = 0;
  std::optional<std::int64_t> next_morning_pain;
  std::int64_t exercises_done = 0;
  std::int64_t exercises_planned = 0;
  std::string feedback;  // JSON text
  std::string answer;    // JSON text
};

void insert_session_log(Connection& connection, const SessionLog& session);
// The answer stored with the member's session of this client_id, if there is one.
std::optional<std::string> session_answer(Connection& connection, const std::string& member_id,
                                          const std::string& client_id);
// Oldest first; feedback and answer are left empty (the chart does not need them).
std::vector<SessionLog> session_logs(Connection& connection, const std::string& member_id);
// When (epoch ms) the member's sessions since `since_ms` were done, oldest first.
std::vector<std::int64_t> session_times_since(Connection& connection, const std::string& member_id,
                                              std::int64_t since_ms);

}  // namespace motus::store
