#pragma once
// iCalendar text (RFC 5545) for appointments: one file per appointment and each person's feed.
// Times are UTC ("…Z"); lines end CRLF and fold at 75 octets without splitting a UTF-8 sequence;
// text values are escaped. An event says "Motus video visit" ("Videoconsulta de Motus") and
// nothing about anyone's health.
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

std::string ics_escape(std::string_view text);
std::string ics_utc(std::int64_t epoch_ms);  // 20261207T143000Z
// One content line, folded, with its CRLF.
std::string ics_line(std::string_view line);
// A VCALENDAR holding the events, its name and each event's summary in `language`
// ("Motus visits" / "Visitas de Motus", "Motus video visit" / "Videoconsulta de Motus").
std::string calendar_text(const std::vector<CalendarEvent>& events,
                          Language language = Language::en);

}  // namespace motus::core
