#include "core/calendar/time_zone.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>

namespace motus::core {
namespace {

constexpr std::int64_t kDay = 86'400;

// ---- POSIX TZ rules -------------------------------------------------------------------------

class RuleReader {
 public:
  explicit RuleReader(std::string_view text) : text_(text) {}
  bool done() const { return at_ == text_.size(); }
  bool take(char c) {
    if (at_ < text_.size() && text_[at_] == c) {
      ++at_;
      return true;
    }
    return false;
  }
  bool peek_digit_or_sign() const {
    return at_ < text_.size() && (std::isdigit(static_cast<unsigned char>(text_[at_])) ||
                                  text_[at_] == '+' || text_[at_] == '-');
  }
  // A zone abbreviation: three or more letters, or <...> with letters, digits, + and -.
  bool name() {
    if (take('<')) {
      const auto close = text_.find('>', at_);
      if (close == std::string_view::npos || close - at_ < 3) return false;
      at_ = close + 1;
      return true;
    }
    const auto start = at_;
    while (at_ < text_.size() && std::isalpha(static_cast<unsigned char>(text_[at_]))) ++at_;
    return at_ - start >= 3;
  }
  std::optional<int> number(int max) {
    const auto start = at_;
    int value = 0;
    while (at_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[at_]))) {
      value = value * 10 + (text_[at_] - '0');
      if (value > max) return std::nullopt;
      ++at_;
    }
    if (at_ == start) return std::nullopt;
    return value;
  }
  // [+-]hh[:mm[:ss]] as seconds.
  std::optional<int> duration(int max_hours) {
    int sign = 1;
    if (take('-')) {
      sign = -1;
    } else {
      take('+');
    }
    const auto hours = number(max_hours);
    if (!hours) return std::nullopt;
    int seconds = *hours * 3600;
    if (take(':')) {
      const auto minutes = number(59);
      if (!minutes) return std::nullopt;
      seconds += *minutes * 60;
      if (take(':')) {
        const auto secs = number(59);
        if (!secs) return std::nullopt;
        seconds += *secs;
      }
    }
    return sign * seconds;
  }

 private:
  std::string_view text_;
  std::size_t at_ = 0;
};

std::optional<PosixTimeZone::Change> read_change(RuleReader& reader) {
  PosixTimeZone::Change change;
  using Form = PosixTimeZone::Change::Form;
  if (reader.take('J')) {
    const auto day = reader.number(365);
    if (!day || *day < 1) return std::nullopt;
    change.form = Form::julian_no_leap;
    change.day = *day;
  } else if (reader.take('M')) {
    const auto month = reader.number(12);
    if (!month || *month < 1 || !reader.take('.')) return std::nullopt;
    const auto week = reader.number(5);
    if (!week || *week < 1 || !reader.take('.')) return std::nullopt;
    const auto weekday = reader.number(6);
    if (!weekday) return std::nullopt;
    change.form = Form::month_week_day;
    change.month = *month;
    change.week = *week;
    change.day = *weekday;
  } else {
    const auto day = reader.number(365);
    if (!day) return std::nullopt;
    change.form = Form::zero_based;
    change.day = *day;
  }
  if (reader.take('/')) {
    const auto time = reader.duration(167);  // RFC 8536 allows -167..167 hours
    if (!time) return std::nullopt;
    change.seconds = *time;
  }
  return change;
}

std::int64_t days_from_civil(int year, unsigned month, unsigned day) {
  using namespace std::chrono;
  return sys_days{std::chrono::year{year} / std::chrono::month{month} / std::chrono::day{day}}
      .time_since_epoch()
      .count();
}

bool leap(int year) { return std::chrono::year{year}.is_leap(); }

// The local day (days since the epoch) a change falls on in `year`.
std::int64_t change_day(const PosixTimeZone::Change& change, int year) {
  using Form = PosixTimeZone::Change::Form;
  const auto jan1 = days_from_civil(year, 1, 1);
  switch (change.form) {
    case Form::julian_no_leap:
      // Day 60 is always 1 March: February 29 is never counted.
      return jan1 + change.day - 1 + ((leap(year) && change.day >= 60) ? 1 : 0);
    case Form::zero_based:
      return jan1 + change.day;
    case Form::month_week_day: {
      const auto first = days_from_civil(year, static_cast<unsigned>(change.month), 1);
      const int first_weekday = static_cast<int>(((first % 7) + 11) % 7);  // 1970-01-01: Thursday
      auto day = first + (change.day - first_weekday + 7) % 7 + 7 * (change.week - 1);
      const auto next_month =
          change.month == 12 ? days_from_civil(year + 1, 1, 1)
                             : days_from_civil(year, static_cast<unsigned>(change.month) + 1, 1);
      while (day >= next_month) day -= 7;  // week 5 means the last one
      return day;
    }
  }
  return jan1;
}

int civil_year(std::int64_t seconds) {
  using namespace std::chrono;
  const auto days = static_cast<int>((seconds >= 0 ? seconds : seconds - kDay + 1) / kDay);
  return static_cast<int>(year_month_day{sys_days{std::chrono::days{days}}}.year());
}

}  // namespace

std::optional<PosixTimeZone> parse_posix_time_zone(std::string_view text) {
  RuleReader reader(text);
  PosixTimeZone zone;
  if (!reader.name()) return std::nullopt;
  const auto standard = reader.duration(24);
  if (!standard) return std::nullopt;
  zone.standard_offset = -*standard;  // POSIX counts west of UTC as positive
  if (reader.done()) return zone;
  if (!reader.name()) return std::nullopt;
  zone.has_daylight = true;
  zone.daylight_offset = zone.standard_offset + 3600;
  if (reader.peek_digit_or_sign()) {
    const auto daylight = reader.duration(24);
    if (!daylight) return std::nullopt;
    zone.daylight_offset = -*daylight;
  }
  if (reader.done()) {
    // No rule given: the US rule POSIX implies.
    zone.daylight_starts = {PosixTimeZone::Change::Form::month_week_day, 0, 3, 2, 7200};
    zone.daylight_ends = {PosixTimeZone::Change::Form::month_week_day, 0, 11, 1, 7200};
    return zone;
  }
  if (!reader.take(',')) return std::nullopt;
  const auto starts = read_change(reader);
  if (!starts || !reader.take(',')) return std::nullopt;
  const auto ends = read_change(reader);
  if (!ends || !reader.done()) return std::nullopt;
  zone.daylight_starts = *starts;
  zone.daylight_ends = *ends;
  return zone;
}

int posix_offset_at(const PosixTimeZone& zone, std::int64_t utc_seconds) {
  if (!zone.has_daylight) return zone.standard_offset;
  const int year = civil_year(utc_seconds + zone.standard_offset);
  // Daylight time starts at a local standard time and ends at a local daylight time.
  const auto starts = change_day(zone.daylight_starts, year) * kDay + zone.daylight_starts.seconds -
                      zone.standard_offset;
  const auto ends = change_day(zone.daylight_ends, year) * kDay + zone.daylight_ends.seconds -
                    zone.daylight_offset;
  const bool daylight = starts < ends ? (utc_seconds >= starts && utc_seconds < ends)
                                      : (utc_seconds < ends || utc_seconds >= starts);
  return daylight ? zone.daylight_offset : zone.standard_offset;
}

// ---- TimeZone ------------------------------------------------------------------------------

TimeZone::TimeZone(int initial_offset, std::vector<Transition> transitions,
                   std::optional<PosixTimeZone> after)
    : initial_offset_(initial_offset),
      transitions_(std::move(transitions)),
      after_(std::move(after)) {}

int TimeZone::offset_at(std::int64_t utc_seconds) const {
  if (after_ && (transitions_.empty() || utc_seconds >= transitions_.back().at)) {
    return posix_offset_at(*after_, utc_seconds);
  }
  const auto next = std::upper_bound(
      transitions_.begin(), transitions_.end(), utc_seconds,
      [](std::int64_t t, const Transition& transition) { return t < transition.at; });
  if (next == transitions_.begin()) return initial_offset_;
  return std::prev(next)->offset;
}

std::optional<std::int64_t> TimeZone::to_utc(std::int64_t local_seconds) const {
  // Offsets in force a day either side; a wall time is valid under an offset that maps it back.
  const int before = offset_at(local_seconds - kDay);
  const int after = offset_at(local_seconds + kDay);
  std::optional<std::int64_t> earliest;
  for (const int offset : {before, after}) {
    const auto utc = local_seconds - offset;
    if (offset_at(utc) == offset && (!earliest || utc < *earliest)) earliest = utc;
  }
  return earliest;
}

// ---- TZif ----------------------------------------------------------------------------------

namespace {

class Bytes {
 public:
  explicit Bytes(std::string_view data) : data_(data) {}
  bool has(std::size_t n) const { return data_.size() - at_ >= n; }
  std::int64_t signed_be(std::size_t width) {
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < width; ++i) {
      value = (value << 8) | static_cast<unsigned char>(data_[at_ + i]);
    }
    at_ += width;
    if (width == 4) return static_cast<std::int32_t>(static_cast<std::uint32_t>(value));
    return static_cast<std::int64_t>(value);
  }
  unsigned char byte() { return static_cast<unsigned char>(data_[at_++]); }
  void skip(std::size_t n) { at_ += n; }
  std::string_view rest() const { return data_.substr(at_); }

 private:
  std::string_view data_;
  std::size_t at_ = 0;
};

struct Header {
  char version = 0;
  std::uint32_t isut = 0, isstd = 0, leap = 0, time = 0, type = 0, chars = 0;
};

std::optional<Header> read_header(Bytes& in) {
  if (!in.has(44) || in.rest().substr(0, 4) != "TZif") return std::nullopt;
  Header h;
  in.skip(4);
  h.version = static_cast<char>(in.byte());
  in.skip(15);
  h.isut = static_cast<std::uint32_t>(in.signed_be(4));
  h.isstd = static_cast<std::uint32_t>(in.signed_be(4));
  h.leap = static_cast<std::uint32_t>(in.signed_be(4));
  h.time = static_cast<std::uint32_t>(in.signed_be(4));
  h.type = static_cast<std::uint32_t>(in.signed_be(4));
  h.chars = static_cast<std::uint32_t>(in.signed_be(4));
  if (h.type == 0 || h.type > 256 || h.time > 100'000) return std::nullopt;
  return h;
}

std::size_t block_size(const Header& h, std::size_t time_width) {
  return h.time * time_width + h.time + h.type * 6 + h.chars + h.leap * (time_width + 4) + h.isstd +
         h.isut;
}

}  // namespace

std::optional<TimeZone> parse_tzif(std::string_view data) {
  Bytes in(data);
  auto header = read_header(in);
  if (!header) return std::nullopt;
  std::size_t width = 4;
  if (header->version >= '2') {
    // Skip the 32-bit block; the 64-bit one after the second header is complete.
    if (!in.has(block_size(*header, 4))) return std::nullopt;
    in.skip(block_size(*header, 4));
    header = read_header(in);
    if (!header) return std::nullopt;
    width = 8;
  }
  if (!in.has(block_size(*header, width))) return std::nullopt;
  std::vector<std::int64_t> times(header->time);
  for (auto& t : times) t = in.signed_be(width);
  std::vector<unsigned char> kinds(header->time);
  for (auto& k : kinds) k = in.byte();
  std::vector<int> offsets(header->type);
  std::vector<bool> daylight(header->type);
  for (std::uint32_t i = 0; i < header->type; ++i) {
    offsets[i] = static_cast<int>(in.signed_be(4));
    daylight[i] = in.byte() != 0;
    in.skip(1);
  }
  in.skip(header->chars + header->leap * (width + 4) + header->isstd + header->isut);
  std::vector<TimeZone::Transition> transitions;
  for (std::uint32_t i = 0; i < header->time; ++i) {
    if (kinds[i] >= header->type) return std::nullopt;
    transitions.push_back({times[i], offsets[kinds[i]]});
  }
  // Before the first transition: the first standard-time type (RFC 8536 section 3.2 / zic).
  int initial = offsets[0];
  for (std::uint32_t i = 0; i < header->type; ++i) {
    if (!daylight[i]) {
      initial = offsets[i];
      break;
    }
  }
  std::optional<PosixTimeZone> after;
  if (width == 8) {
    const auto rest = in.rest();
    if (rest.size() >= 2 && rest.front() == '\n') {
      const auto end = rest.find('\n', 1);
      if (end == std::string_view::npos) return std::nullopt;
      const auto rule = rest.substr(1, end - 1);
      if (!rule.empty()) {
        after = parse_posix_time_zone(rule);
        if (!after) return std::nullopt;
      }
    }
  }
  return TimeZone(initial, std::move(transitions), std::move(after));
}

bool plausible_time_zone_name(std::string_view name) {
  if (name.empty() || name.size() > 64) return false;
  std::size_t part_start = 0;
  for (std::size_t i = 0; i <= name.size(); ++i) {
    if (i == name.size() || name[i] == '/') {
      if (i == part_start || name[part_start] == '.') return false;
      part_start = i + 1;
      continue;
    }
    const auto c = static_cast<unsigned char>(name[i]);
    if (!std::isalnum(c) && c != '_' && c != '-' && c != '+') return false;
  }
  return true;
}

}  // namespace motus::core
