#include "store/practice_reminder_repository.hpp"

namespace motus::store {
namespace {

constexpr Statement kFind{"find_practice_reminder",
                          "SELECT weekdays, at_minute, time_zone, created_at, updated_at "
                          "FROM practice_reminders WHERE member_id = $1"};
constexpr Statement kSave{
    "save_practice_reminder",
    "INSERT INTO practice_reminders (member_id, weekdays, at_minute, time_zone, created_at, "
    "updated_at) VALUES ($1, $2, $3, $4, $5, $5) ON CONFLICT (member_id) DO UPDATE SET "
    "weekdays = excluded.weekdays, at_minute = excluded.at_minute, "
    "time_zone = excluded.time_zone, updated_at = excluded.updated_at"};

}  // namespace

std::optional<StoredReminder> find_practice_reminder(Connection& connection,
                                                     const std::string& member_id) {
  const auto rows = connection.query(kFind, {member_id});
  if (rows.empty()) return std::nullopt;
  const auto& row = rows.front();
  StoredReminder stored;
  stored.reminder.weekdays = core::weekdays_of_text(row.text(0));
  stored.reminder.minute = static_cast<int>(row.integer(1));
  stored.reminder.time_zone = row.text(2);
  stored.created_at = row.integer(3);
  stored.updated_at = row.integer(4);
  return stored;
}

void save_practice_reminder(Connection& connection, const std::string& member_id,
                            const core::PracticeReminder& reminder, std::int64_t now_ms) {
  connection.execute(kSave,
                     {member_id, core::weekdays_text(reminder.weekdays),
                      static_cast<std::int64_t>(reminder.minute), reminder.time_zone, now_ms});
}

}  // namespace motus::store
