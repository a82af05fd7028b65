#include "core/calendar/practice_reminder.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/calendar/slots.hpp"

namespace motus::core {
namespace {

ReminderProblem problem(std::string field, std::string message, std::string spanish) {
  return {std::move(field), std::move(message), std::move(spanish)};
}

}  // namespace

std::optional<ReminderProblem> read_practice_reminder(const nlohmann::json& body,
                                                      PracticeReminder& out) {
  if (!body.is_object())
    return problem("reminders", "Send the reminders as an object.",
                   "Envía los recordatorios como un objeto.");
  for (const auto& [key, value] : body.items()) {
    if (key != "days" && key != "time" && key != "time_zone") {
      return problem(key, "This is not a field of reminders.",
                     "Este campo no es de los recordatorios.");
    }
  }
  PracticeReminder reminder;
  const auto days = body.find("days");
  if (days == body.end() || !days->is_array()) {
    return problem("days", "Give the days as a list of weekdays, 1 (Monday) to 7 (Sunday).",
                   "Da los días como una lista de días de la semana, del 1 (lunes) al 7 "
                   "(domingo).");
  }
  if (days->size() > 7) {
    return problem("days", "A week has seven days; choose at most seven.",
                   "Una semana tiene siete días; elige siete como máximo.");
  }
  for (std::size_t i = 0; i < days->size(); ++i) {
    const auto& day = (*days)[i];
    const auto field = "days[" + std::to_string(i) + "]";
    if (!day.is_number_integer() || day.get<std::int64_t>() < 1 || day.get<std::int64_t>() > 7) {
      return problem(field, "Choose a weekday from 1 (Monday) to 7 (Sunday).",
                     "Elige un día de la semana del 1 (lunes) al 7 (domingo).");
    }
    const int weekday = day.get<int>();
    if (std::find(reminder.weekdays.begin(), reminder.weekdays.end(), weekday) !=
        reminder.weekdays.end()) {
      return problem(field, "This day is chosen twice.", "Elegiste este día dos veces.");
    }
    reminder.weekdays.push_back(weekday);
  }
  std::sort(reminder.weekdays.begin(), reminder.weekdays.end());
  const auto time = body.find("time");
  const auto minute = time != body.end() && time->is_string()
                          ? clock_minute(time->get<std::string>())
                          : std::nullopt;
  if (!minute || *minute >= 24 * 60) {
    return problem("time", "Write the time as HH:MM, 00:00 to 23:59.",
                   "Escribe la hora como HH:MM, de 00:00 a 23:59.");
  }
  reminder.minute = *minute;
  const auto zone = body.find("time_zone");
  if (zone == body.end() || !zone->is_string() ||
      !plausible_time_zone_name(zone->get<std::string>())) {
    return problem("time_zone", "Give your time zone, such as Europe/Madrid.",
                   "Indica tu zona horaria, por ejemplo America/Mexico_City.");
  }
  reminder.time_zone = zone->get<std::string>();
  out = std::move(reminder);
  return std::nullopt;
}

std::string weekdays_text(const std::vector<int>& weekdays) {
  std::string text;
  for (const int d : weekdays) {
    if (!text.empty()) text += ',';
    text += std::to_string(d);
  }
  return text;
}

std::vector<int> weekdays_of_text(std::string_view text) {
  std::vector<int> weekdays;
  for (std::size_t i = 0; i < text.size(); i += 2) {
    const char c = text[i];
    const bool separated = i + 1 == text.size() || text[i + 1] == ',';
    if (c < '1' || c > '7' || !separated) return {};
    weekdays.push_back(c - '0');
  }
  return weekdays;
}

std::optional<std::int64_t> missed_practice_day(const PracticeReminder& reminder,
                                                std::int64_t today, std::int64_t set_on,
                                                const std::vector<std::int64_t>& session_days) {
  const auto& chosen = reminder.weekdays;
  for (std::int64_t day = today - 1; day >= today - 7 && day >= set_on; --day) {
    if (std::find(chosen.begin(), chosen.end(), weekday_of_day(day)) == chosen.end()) continue;
    const bool practised = std::any_of(session_days.begin(), session_days.end(),
                                       [day](std::int64_t done) { return done >= day; });
    if (practised) return std::nullopt;
    return day;
  }
  return std::nullopt;
}

std::optional<WeeklyEvent> practice_event(const PracticeReminder& reminder,
                                          const std::string& member_id, std::int64_t set_on,
                                          std::int64_t stamp, int sequence, Language language) {
  const auto& chosen = reminder.weekdays;
  if (chosen.empty()) return std::nullopt;
  auto first = set_on;
  while (std::find(chosen.begin(), chosen.end(), weekday_of_day(first)) == chosen.end()) ++first;
  WeeklyEvent event;
  event.uid = "practice-" + member_id + "@motus";
  event.summary = std::string(said_in(language, "Motus practice", "Práctica de Motus"));
  event.first_day = first;
  event.minute = reminder.minute;
  event.duration_minutes = kPracticeEventMinutes;
  event.weekdays = chosen;
  event.stamp = stamp;
  event.sequence = sequence;
  return event;
}

}  // namespace motus::core
