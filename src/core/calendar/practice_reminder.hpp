#pragma once
// Practice reminders: the weekdays and the local time a member chose to exercise, and what
// follows from them. The private calendar feed carries them as one weekly event in floating
// local time with an alarm (practice_event); Today nudges when the latest chosen day went by
// without a session (missed_practice_day). Days are local: days since 1970-01-01 in the
// member's time zone.
#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar/ics.hpp"
#include "core/calendar/slots.hpp"
#include "core/calendar/time_zone.hpp"
#include "core/content/language.hpp"

namespace motus::core {

struct PracticeReminder {
  std::vector<int> weekdays;  // 1 = Monday … 7 = Sunday, ascending, each once; empty: off
  int minute = 18 * 60;       // local time of day, minutes from midnight (0 … 1439)
  std::string time_zone = "UTC";
  bool operator==(const PracticeReminder&) const = default;
};

// How long the calendar event lasts: a session's usual length.
inline constexpr int kPracticeEventMinutes = 15;

struct ReminderProblem {
  std::string field;       // "days", "days[2]", "time", "time_zone" or the unknown field's name
  std::string message;     // plain words for the member
  std::string message_es;  // the same in Spanish
};

// {days: [1-7…], time: "HH:MM", time_zone}: the reminder, or the first problem naming its field.
// Days may come in any order; a repeat is refused. Whether the zone exists is checked by the
// caller (it needs the zone files); here only that it looks like a zone name.
std::optional<ReminderProblem> read_practice_reminder(const nlohmann::json& body,
                                                      PracticeReminder& out);

// "1,3,5" and back (how the store keeps the days); a malformed text gives no days.
std::string weekdays_text(const std::vector<int>& weekdays);
std::vector<int> weekdays_of_text(std::string_view text);

// The chosen day the member let go by: the latest chosen day of the seven before `today`, not
// before `set_on` (the day the reminder was set), when no session was done on it or since.
// Nothing when reminders are off, the day was practised or made up since, or no chosen day has
// passed yet. Today itself is never missed: it is not over.
std::optional<std::int64_t> missed_practice_day(const PracticeReminder& reminder,
                                                std::int64_t today, std::int64_t set_on,
                                                const std::vector<std::int64_t>& session_days);

// The calendar feed's weekly event for the reminder, starting on the first chosen day on or
// after `set_on`; nothing when reminders are off. Says "Motus practice" ("Práctica de Motus")
// and nothing else.
std::optional<WeeklyEvent> practice_event(const PracticeReminder& reminder,
                                          const std::string& member_id, std::int64_t set_on,
                                          std::int64_t stamp, int sequence,
                                          Language language = Language::en);

}  // namespace motus::core
