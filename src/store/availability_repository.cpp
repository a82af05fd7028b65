#include "store/availability_repository.hpp"

#include <array>

namespace motus::store {
namespace {

constexpr Statement kSettings{
    "availability_settings_of",
    "SELECT time_zone, slot_minutes FROM availability_settings WHERE therapist_id = $1"};
constexpr Statement kWindows{"availability_windows_of",
                             "SELECT weekday, start_minute, end_minute FROM availability_windows "
                             "WHERE therapist_id = $1 ORDER BY weekday, start_minute"};
constexpr Statement kDaysOff{
    "availability_days_off_of",
    "SELECT day FROM availability_days_off WHERE therapist_id = $1 ORDER BY day"};
constexpr Statement kExceptions{
    "availability_exceptions_of",
    "SELECT day, start_minute, end_minute, kind FROM availability_exceptions "
    "WHERE therapist_id = $1 ORDER BY day, start_minute, kind"};

constexpr Statement kUpsertSettings{
    "upsert_availability_settings",
    "INSERT INTO availability_settings (therapist_id, time_zone, slot_minutes, updated_at) "
    "VALUES ($1, $2, $3, $4) ON CONFLICT (therapist_id) DO UPDATE SET "
    "time_zone = excluded.time_zone, slot_minutes = excluded.slot_minutes, "
    "updated_at = excluded.updated_at"};
constexpr std::array kClear{
    Statement{"clear_availability_windows",
              "DELETE FROM availability_windows WHERE therapist_id = $1"},
    Statement{"clear_availability_days_off",
              "DELETE FROM availability_days_off WHERE therapist_id = $1"},
    Statement{"clear_availability_exceptions",
              "DELETE FROM availability_exceptions WHERE therapist_id = $1"},
};
constexpr Statement kInsertWindow{
    "insert_availability_window",
    "INSERT INTO availability_windows (therapist_id, weekday, start_minute, end_minute) "
    "VALUES ($1, $2, $3, $4)"};
constexpr Statement kInsertDayOff{
    "insert_availability_day_off",
    "INSERT INTO availability_days_off (therapist_id, day) VALUES ($1, $2)"};
constexpr Statement kInsertException{
    "insert_availability_exception",
    "INSERT INTO availability_exceptions (therapist_id, day, start_minute, end_minute, kind) "
    "VALUES ($1, $2, $3, $4, $5)"};

int small(const Row& row, std::size_t i) { return static_cast<int>(row.integer(i)); }

}  // namespace

std::optional<core::Availability> find_availability(Connection& connection,
                                                    const std::string& therapist_id) {
  const auto settings = connection.query(kSettings, {therapist_id});
  if (settings.empty()) return std::nullopt;
  core::Availability a;
  a.time_zone = settings.front().text(0);
  a.slot_minutes = small(settings.front(), 1);
  for (const auto& row : connection.query(kWindows, {therapist_id})) {
    a.weekly.push_back({small(row, 0), small(row, 1), small(row, 2)});
  }
  for (const auto& row : connection.query(kDaysOff, {therapist_id})) {
    a.days_off.push_back(row.text(0));
  }
  for (const auto& row : connection.query(kExceptions, {therapist_id})) {
    a.exceptions.push_back({row.text(0), small(row, 1), small(row, 2), row.text(3) == "open"});
  }
  return a;
}

void replace_availability(Connection& connection, const std::string& therapist_id,
                          const core::Availability& a, std::int64_t now_ms) {
  connection.execute(kUpsertSettings,
                     {therapist_id, a.time_zone, std::int64_t{a.slot_minutes}, now_ms});
  for (const auto& statement : kClear) connection.execute(statement, {therapist_id});
  for (const auto& w : a.weekly) {
    connection.execute(kInsertWindow, {therapist_id, std::int64_t{w.weekday},
                                       std::int64_t{w.start_minute}, std::int64_t{w.end_minute}});
  }
  for (const auto& day : a.days_off) connection.execute(kInsertDayOff, {therapist_id, day});
  for (const auto& e : a.exceptions) {
    connection.execute(kInsertException,
                       {therapist_id, e.day, std::int64_t{e.start_minute},
                        std::int64_t{e.end_minute}, std::string(e.open ? "open" : "closed")});
  }
}

}  // namespace motus::store
