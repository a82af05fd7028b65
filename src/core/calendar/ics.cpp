#include "core/calendar/ics.hpp"

#include <chrono>
#include <cstdio>

namespace motus::core {

std::string ics_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case ';':
        out += "\\;";
        break;
      case ',':
        out += "\\,";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string ics_utc(std::int64_t epoch_ms) {
  using namespace std::chrono;
  const sys_seconds at{seconds{epoch_ms / 1000 - ((epoch_ms % 1000 < 0) ? 1 : 0)}};
  const auto day = floor<days>(at);
  const year_month_day date{day};
  const hh_mm_ss time{at - day};
  char text[24];
  std::snprintf(text, sizeof text, "%04d%02u%02uT%02d%02d%02dZ", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                static_cast<int>(time.seconds().count()));
  return text;
}

std::string ics_floating(std::int64_t day, int minute) {
  using namespace std::chrono;
  const year_month_day date{sys_days{std::chrono::days{day}}};
  char text[64];
  std::snprintf(text, sizeof text, "%04d%02u%02uT%02d%02d00", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()), minute / 60,
                minute % 60);
  return text;
}

std::string ics_line(std::string_view line) {
  std::string out;
  std::size_t width = 0;  // octets on the current physical line
  std::size_t i = 0;
  while (i < line.size()) {
    // The whole UTF-8 sequence starting here goes on one line.
    std::size_t length = 1;
    while (i + length < line.size() &&
           (static_cast<unsigned char>(line[i + length]) & 0xC0) == 0x80) {
      ++length;
    }
    if (width + length > 75) {
      out += "\r\n ";
      width = 1;
    }
    out.append(line.substr(i, length));
    width += length;
    i += length;
  }
  out += "\r\n";
  return out;
}

namespace {

std::string weekly_lines(const WeeklyEvent& e) {
  static constexpr const char* kDays[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
  std::string days;
  for (const int d : e.weekdays) {
    if (d < 1 || d > 7) continue;
    if (!days.empty()) days += ',';
    days += kDays[d - 1];
  }
  const auto summary = ics_escape(e.summary);
  std::string out;
  out += ics_line("BEGIN:VEVENT");
  out += ics_line("UID:" + ics_escape(e.uid));
  out += ics_line("DTSTAMP:" + ics_utc(e.stamp));
  out += ics_line("DTSTART:" + ics_floating(e.first_day, e.minute));
  out += ics_line("DURATION:PT" + std::to_string(e.duration_minutes) + "M");
  out += ics_line("RRULE:FREQ=WEEKLY;BYDAY=" + days);
  out += ics_line("SEQUENCE:" + std::to_string(e.sequence));
  out += ics_line("SUMMARY:" + summary);
  out += ics_line("STATUS:CONFIRMED");
  out += ics_line("TRANSP:TRANSPARENT");
  out += ics_line("BEGIN:VALARM");
  out += ics_line("ACTION:DISPLAY");
  out += ics_line("DESCRIPTION:" + summary);
  out += ics_line("TRIGGER:PT0S");
  out += ics_line("END:VALARM");
  out += ics_line("END:VEVENT");
  return out;
}

}  // namespace

std::string calendar_text(const std::vector<CalendarEvent>& events, Language language,
                          const std::vector<WeeklyEvent>& weekly) {
  const std::string_view name = said_in(language, "Motus visits", "Visitas de Motus");
  const std::string_view summary = said_in(language, "Motus video visit", "Videoconsulta de Motus");
  std::string out;
  out += ics_line("BEGIN:VCALENDAR");
  out += ics_line("VERSION:2.0");
  out += ics_line("PRODID:-//Motus//Appointments//EN");
  out += ics_line("CALSCALE:GREGORIAN");
  out += ics_line("METHOD:PUBLISH");
  out += ics_line("X-WR-CALNAME:" + ics_escape(name));
  for (const auto& e : events) {
    out += ics_line("BEGIN:VEVENT");
    out += ics_line("UID:" + ics_escape(e.uid));
    out += ics_line("DTSTAMP:" + ics_utc(e.stamp));
    out += ics_line("DTSTART:" + ics_utc(e.starts_at));
    out += ics_line("DTEND:" + ics_utc(e.ends_at));
    out += ics_line("SEQUENCE:" + std::to_string(e.sequence));
    out += ics_line("SUMMARY:" + ics_escape(summary));
    out += ics_line(std::string("STATUS:") + (e.cancelled ? "CANCELLED" : "CONFIRMED"));
    out += ics_line("TRANSP:OPAQUE");
    if (!e.url.empty()) out += ics_line("URL:" + e.url);
    out += ics_line("END:VEVENT");
  }
  for (const auto& w : weekly) {
    if (!w.weekdays.empty()) out += weekly_lines(w);
  }
  out += ics_line("END:VCALENDAR");
  return out;
}

}  // namespace motus::core
