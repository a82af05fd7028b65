#include "core/program/pregnancy_dating.hpp"

#include <algorithm>
#include <cstdio>

namespace motus::core::program {
namespace {

namespace a = assessment;

// The weeks each trimester spans (docs/api-contract.md; intake.hpp).
std::pair<int, int> trimester_weeks(a::Pregnancy trimester) {
  switch (trimester) {
    case a::Pregnancy::trimester1:
      return {1, a::kLastWeekOfTrimester1};
    case a::Pregnancy::trimester2:
      return {a::kLastWeekOfTrimester1 + 1, a::kLastWeekOfTrimester2};
    default:
      return {a::kLastWeekOfTrimester2 + 1, a::kLongestPregnancyWeeks};
  }
}

// Whole weeks from `from` to `to`; never negative (a day before the dating changes nothing).
int weeks_between(Day from, Day to) {
  return std::max(0, static_cast<int>((to - from).count() / 7));
}

}  // namespace

std::optional<PregnancyDating> pregnancy_dating(const a::Intake& intake, Day today) {
  if (intake.pregnancy != a::Pregnancy::trimester1 &&
      intake.pregnancy != a::Pregnancy::trimester2 &&
      intake.pregnancy != a::Pregnancy::trimester3) {
    return std::nullopt;
  }
  if (intake.pregnancy_weeks) {
    return PregnancyDating{today, *intake.pregnancy_weeks, *intake.pregnancy_weeks};
  }
  const auto [from, to] = trimester_weeks(*intake.pregnancy);
  return PregnancyDating{today, from, to};
}

CautionCondition pregnancy_stage_on(const PregnancyDating& dating, Day today) {
  const int passed = weeks_between(dating.on, today);
  if (dating.weeks_from + passed > a::kLongestPregnancyWeeks) return CautionCondition::postpartum;
  switch (a::trimester_of(dating.weeks_to + passed)) {
    case a::Pregnancy::trimester1:
      return CautionCondition::pregnancy_trimester1;
    case a::Pregnancy::trimester2:
      return CautionCondition::pregnancy_trimester2;
    default:
      return CautionCondition::pregnancy_trimester3;
  }
}

std::string day_text(Day day) {
  const std::chrono::year_month_day date{day};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return text;
}

std::optional<Day> day_from_text(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8};
  const std::size_t lengths[3] = {4, 2, 2};
  for (int i = 0; i < 3; ++i) {
    for (std::size_t k = 0; k < lengths[i]; ++k) {
      const char c = text[starts[i] + k];
      if (c < '0' || c > '9') return std::nullopt;
      parts[i] = parts[i] * 10 + (c - '0');
    }
  }
  const std::chrono::year_month_day date{std::chrono::year{parts[0]},
                                         std::chrono::month{static_cast<unsigned>(parts[1])},
                                         std::chrono::day{static_cast<unsigned>(parts[2])}};
  if (!date.ok()) return std::nullopt;
  return Day{date};
}

}  // namespace motus::core::program
