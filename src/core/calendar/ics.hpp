#pragma once
// iCalendar text (RFC 5545) for appointments: one file per appointment and each person's feed.
// Times are UTC ("…Z"); lines end CRLF and fold at 75 octets without splitting a UTF-8 sequence;
// text values are escaped. An event says "Motus video visit" ("Videoconsulta de Motus") and
// nothing about anyone's health. A member's practice reminder is a weekly event in floating
// local time (no zone: the phone shows it at that wall time in its own zone, across daylight
// saving changes and travel), with an alarm at its start; it says "Motus practice" ("Práctica
// de Motus").
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/language.hpp"

namespace motus::core {

struct CalendarEvent {
  std::string uid;  // stable per appointment, e.g. "<appointment id>@motus"
  std::int64_t starts_at = 0;
  std::int64_t ends_at = 0;
  std::int64_t stamp = 0;  // when this version was written (DTSTAMP)
  int sequence = 0;        // grows with each change
  bool cancelled = false;
  std::string url;  // where to join, absolute; empty: none
};

// Every week on the chosen days at one local wall time (floating: DTSTART without "Z" or TZID).
struct WeeklyEvent {
  std::string uid;
  std::string summary;
  std::int64_t first_day = 0;  // local days since 1970-01-01 of the first occurrence
  int minute = 0;              // local start, minutes from midnight
  int duration_minutes = 15;
  std::vector<int> weekdays;  // 1 = Monday … 7 = Sunday
  std::int64_t stamp = 0;
  int sequence = 0;
};

std::string ics_escape(std::string_view text);
std::string ics_utc(std::int64_t epoch_ms);  // 20261207T143000Z
// One content line, folded, with its CRLF.
std::string ics_line(std::string_view line);
// 20261207T073000: a floating local date-time.
std::string ics_floating(std::int64_t day, int minute);
// A VCALENDAR holding the events, then the weekly ones (each with a display alarm at its start);
// its name and each visit's summary in `language` ("Motus visits" / "Visitas de Motus",
// "Motus video visit" / "Videoconsulta de Motus"); a weekly event says its own summary.
std::string calendar_text(const std::vector<CalendarEvent>& events,
                          Language language = Language::en,
                          const std::vector<WeeklyEvent>& weekly = {});

}  // namespace motus::core
