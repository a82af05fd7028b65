// Time zones from TZif files and POSIX rules: offsets on both sides of daylight saving changes,
// wall times that do not exist or occur twice, and the rule used after the file's last listed
// transition. The TZif cases read Debian's tzdata (/usr/share/zoneinfo), as the server does.
#include "core/calendar/time_zone.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace motus::core {
namespace {

// 2026-03-08 (second Sunday of March) and 2026-11-01 (first Sunday of November) in New York;
// 2026-03-29 and 2026-10-25 (last Sundays) in Berlin.
constexpr std::int64_t kNewYorkSpringForward = 1'772'953'200;  // 2026-03-08T07:00:00Z
constexpr std::int64_t kNewYorkFallBack = 1'793'512'800;       // 2026-11-01T06:00:00Z

std::string read_zone(const std::string& name) {
  std::ifstream in("/usr/share/zoneinfo/" + name, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

TEST(PosixTimeZone, ParsesRulesWithAndWithoutDaylightTime) {
  const auto ny = parse_posix_time_zone("EST5EDT,M3.2.0,M11.1.0");
  ASSERT_TRUE(ny.has_value());
  EXPECT_EQ(ny->standard_offset, -5 * 3600);
  EXPECT_EQ(ny->daylight_offset, -4 * 3600);
  EXPECT_EQ(posix_offset_at(*ny, kNewYorkSpringForward - 1), -5 * 3600);
  EXPECT_EQ(posix_offset_at(*ny, kNewYorkSpringForward), -4 * 3600);
  EXPECT_EQ(posix_offset_at(*ny, kNewYorkFallBack - 1), -4 * 3600);
  EXPECT_EQ(posix_offset_at(*ny, kNewYorkFallBack), -5 * 3600);

  const auto nepal = parse_posix_time_zone("<+0545>-5:45");
  ASSERT_TRUE(nepal.has_value());
  EXPECT_FALSE(nepal->has_daylight);
  EXPECT_EQ(posix_offset_at(*nepal, kNewYorkFallBack), 5 * 3600 + 45 * 60);

  // Southern hemisphere: daylight time spans the new year.
  const auto sydney = parse_posix_time_zone("AEST-10AEDT,M10.1.0,M4.1.0/3");
  ASSERT_TRUE(sydney.has_value());
  EXPECT_EQ(posix_offset_at(*sydney, 1'767'225'600), 11 * 3600);  // 2026-01-01T00:00Z
  EXPECT_EQ(posix_offset_at(*sydney, 1'783'296'000), 10 * 3600);  // 2026-07-06T00:00Z

  EXPECT_FALSE(parse_posix_time_zone("").has_value());
  EXPECT_FALSE(parse_posix_time_zone("EST").has_value());
  EXPECT_FALSE(parse_posix_time_zone("EST5EDT,M13.1.0,M11.1.0").has_value());
  EXPECT_FALSE(parse_posix_time_zone("EST5EDT,M3.2.0").has_value());
}

TEST(TimeZoneFile, NewYorkChangesOnTheRightInstants) {
  const auto zone = parse_tzif(read_zone("America/New_York"));
  ASSERT_TRUE(zone.has_value());
  EXPECT_EQ(zone->offset_at(kNewYorkSpringForward - 1), -5 * 3600);
  EXPECT_EQ(zone->offset_at(kNewYorkSpringForward), -4 * 3600);
  EXPECT_EQ(zone->offset_at(kNewYorkFallBack - 1), -4 * 3600);
  EXPECT_EQ(zone->offset_at(kNewYorkFallBack), -5 * 3600);
  // Long after any listed transition, the footer rule still applies.
  EXPECT_EQ(zone->offset_at(4'102'444'800 + 180 * 86'400), -4 * 3600);  // mid-2100, summer
  EXPECT_EQ(zone->offset_at(4'102'444'800), -5 * 3600);                 // 2100-01-01, winter
  // Before daylight saving time existed (1883 standard time started; local mean time before).
  EXPECT_EQ(zone->offset_at(-1'633'280'400 - 86'400 * 400), -5 * 3600);
}

TEST(TimeZoneFile, LocalWallTimesAcrossChanges) {
  const auto zone = parse_tzif(read_zone("America/New_York"));
  ASSERT_TRUE(zone.has_value());
  const std::int64_t march8 = 20'520 * 86'400;  // 2026-03-08 local midnight, as local seconds
  ASSERT_EQ(march8, 1'772'928'000);
  EXPECT_EQ(zone->to_utc(march8 + 9 * 3600), march8 + 13 * 3600) << "09:00 EDT is 13:00Z";
  EXPECT_EQ(zone->to_utc(march8 + 1 * 3600), march8 + 6 * 3600) << "01:00 EST is 06:00Z";
  EXPECT_FALSE(zone->to_utc(march8 + 2 * 3600 + 30 * 60).has_value()) << "02:30 does not exist";
  const std::int64_t november1 = 20'758 * 86'400;
  EXPECT_EQ(zone->to_utc(november1 + 3600 + 30 * 60), november1 + 5 * 3600 + 30 * 60)
      << "01:30 happens twice; the first (EDT) is taken";
  EXPECT_EQ(zone->to_utc(november1 + 9 * 3600), november1 + 14 * 3600) << "09:00 EST is 14:00Z";
}

TEST(TimeZoneFile, ZonesWithoutDaylightTimeAndOddOffsets) {
  const auto kathmandu = parse_tzif(read_zone("Asia/Kathmandu"));
  ASSERT_TRUE(kathmandu.has_value());
  EXPECT_EQ(kathmandu->offset_at(kNewYorkFallBack), 5 * 3600 + 45 * 60);
  const auto utc = parse_tzif(read_zone("UTC"));
  ASSERT_TRUE(utc.has_value());
  EXPECT_EQ(utc->offset_at(kNewYorkFallBack), 0);
  const auto berlin = parse_tzif(read_zone("Europe/Berlin"));
  ASSERT_TRUE(berlin.has_value());
  EXPECT_EQ(berlin->offset_at(1'774'746'000 - 1), 3600);  // 2026-03-29T01:00:00Z
  EXPECT_EQ(berlin->offset_at(1'774'746'000), 7200);
}

TEST(TimeZoneFile, RefusesWhatIsNotATzifFile) {
  EXPECT_FALSE(parse_tzif("").has_value());
  EXPECT_FALSE(parse_tzif("TZif2 not really").has_value());
  auto truncated = read_zone("Europe/Berlin");
  ASSERT_GT(truncated.size(), 200u);
  truncated.resize(truncated.size() / 2);
  EXPECT_FALSE(parse_tzif(truncated).has_value());
}

TEST(TimeZoneName, OnlyPlausibleNamesPass) {
  EXPECT_TRUE(plausible_time_zone_name("America/New_York"));
  EXPECT_TRUE(plausible_time_zone_name("Etc/GMT+5"));
  EXPECT_TRUE(plausible_time_zone_name("America/Argentina/Buenos_Aires"));
  EXPECT_FALSE(plausible_time_zone_name(""));
  EXPECT_FALSE(plausible_time_zone_name("../etc/passwd"));
  EXPECT_FALSE(plausible_time_zone_name("/etc/passwd"));
  EXPECT_FALSE(plausible_time_zone_name("Europe//Berlin"));
  EXPECT_FALSE(plausible_time_zone_name("Europe/Ber lin"));
}

}  // namespace
}  // namespace motus::core
