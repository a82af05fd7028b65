#pragma once
// The intake a signed-in member has begun and not sent: the wizard's answers (JSON text) and the
// step they were on, saved as they go, so another device resumes where they left off. Sending
// the intake removes it; so does deleting the account.
#include <cstdint>
#include <optional>
#include <string>

#include "store/db.hpp"

namespace motus::store {

struct IntakeDraft {
  std::string answers_json;
  std::string step;
  std::int64_t saved_at = 0;
};

void save_intake_draft(Connection& connection, const std::string& member_id,
                       const IntakeDraft& draft);
std::optional<IntakeDraft> find_intake_draft(Connection& connection, const std::string& member_id);
void remove_intake_draft(Connection& connection, const std::string& member_id);

}  // namespace motus::store
