#pragma once
// A member's practice reminder (practice_reminders, migration 0017): the chosen weekdays, the
// local time and the member's time zone, with when it was first set and last changed.
#include <cstdint>
#include <optional>
#include <string>

#include "core/calendar/practice_reminder.hpp"
#include "store/db.hpp"

namespace motus::store {

struct StoredReminder {
  core::PracticeReminder reminder;
  std::int64_t created_at = 0;
  std::int64_t updated_at = 0;
};

// Nothing when the member never set reminders.
std::optional<StoredReminder> find_practice_reminder(Connection& connection,
                                                     const std::string& member_id);

// Sets (or replaces) the member's reminder; no days keeps the row with reminders off.
void save_practice_reminder(Connection& connection, const std::string& member_id,
                            const core::PracticeReminder& reminder, std::int64_t now_ms);

}  // namespace motus::store
