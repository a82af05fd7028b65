// The .ics text: RFC 5545 structure, UTC times, escaping, folding at 75 octets without breaking
// a UTF-8 sequence, and nothing but "Motus video visit" about the visit.
#include "core/calendar/ics.hpp"

#include <gtest/gtest.h>

namespace motus::core {
namespace {

TEST(Ics, UtcTimesAndEscaping) {
  EXPECT_EQ(ics_utc(1'780'045'200'000), "20260529T090000Z");
  EXPECT_EQ(ics_utc(0), "19700101T000000Z");
  EXPECT_EQ(ics_escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
}

TEST(Ics, LongLinesFoldAt75OctetsAndKeepUtf8Whole) {
  const std::string ascii(160, 'x');
  const auto folded = ics_line(ascii);
  EXPECT_EQ(folded.substr(0, 75), std::string(75, 'x'));
  EXPECT_EQ(folded.substr(75, 3), "\r\n ");
  EXPECT_EQ(folded.substr(folded.size() - 2), "\r\n");
  std::string unfolded;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (folded.compare(i, 3, "\r\n ") == 0) {
      i += 2;
      continue;
    }
    unfolded += folded[i];
  }
  EXPECT_EQ(unfolded, ascii + "\r\n");
  // 74 ASCII octets then "é" (2 octets): the é moves whole to the next line.
  const auto accented = ics_line(std::string(74, 'a') + "\xC3\xA9");
  EXPECT_EQ(accented, std::string(74, 'a') + "\r\n \xC3\xA9\r\n");
  for (std::size_t start = 0, end; (end = folded.find("\r\n", start)) != std::string::npos;
       start = end + 2) {
    EXPECT_LE(end - start, 75u);
  }
}

TEST(Ics, CalendarWithABookedAndACancelledVisit) {
  const auto text = calendar_text(
      {{"a-1@motus", 1'780'045'200'000, 1'780'047'000'000, 1'780'000'000'000, 0, false,
        "https://motus.example/visits/a-1"},
       {"a-2@motus", 1'780'131'600'000, 1'780'133'400'000, 1'780'000'000'000, 3, true, ""}});
  EXPECT_EQ(text.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0), 0u);
  EXPECT_NE(text.find("X-WR-CALNAME:Motus visits\r\n"), std::string::npos);
  EXPECT_NE(text.find("UID:a-1@motus\r\nDTSTAMP:20260528T202640Z\r\nDTSTART:20260529T090000Z\r\n"
                      "DTEND:20260529T093000Z\r\n"),
            std::string::npos);
  EXPECT_NE(text.find("STATUS:CONFIRMED"), std::string::npos);
  EXPECT_NE(text.find("STATUS:CANCELLED"), std::string::npos);
  EXPECT_NE(text.find("SEQUENCE:3"), std::string::npos);
  EXPECT_NE(text.find("URL:https://motus.example/visits/a-1\r\n"), std::string::npos);
  EXPECT_EQ(text.substr(text.size() - 15), "END:VCALENDAR\r\n");
  std::size_t summaries = 0;
  for (auto at = text.find("SUMMARY:"); at != std::string::npos;
       at = text.find("SUMMARY:", at + 1)) {
    EXPECT_EQ(text.compare(at, 27, "SUMMARY:Motus video visit\r\n"), 0);
    ++summaries;
  }
  EXPECT_EQ(summaries, 2u);
  EXPECT_EQ(text.find("DESCRIPTION"), std::string::npos);
  // Every line ends CRLF: no bare LF.
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      EXPECT_EQ(text[i - 1], '\r');
    }
  }
}

TEST(Ics, InSpanishTheCalendarAndEachVisitAreNamedInSpanish) {
  const auto text = calendar_text(
      {{"a-1@motus", 1'780'045'200'000, 1'780'047'000'000, 1'780'000'000'000, 0, false, ""}},
      Language::es);
  EXPECT_NE(text.find("X-WR-CALNAME:Visitas de Motus\r\n"), std::string::npos);
  EXPECT_NE(text.find("SUMMARY:Videoconsulta de Motus\r\n"), std::string::npos);
  EXPECT_EQ(text.find("Motus video visit"), std::string::npos);
  EXPECT_EQ(text.find("DESCRIPTION"), std::string::npos);
}

}  // namespace
}  // namespace motus::core
