#pragma once
// Where in a pregnancy someone is on a given day, worked out from what the intake said, so the
// limits that depend on the trimester move on with the calendar instead of staying where the
// intake left them (docs/clinical-sources.md §2, Vleeming 2008: avoid long lying on the back late
// in pregnancy, and lying face down). Pure: the day is always passed in.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/assessment/intake.hpp"
#include "core/content/vocabulary.hpp"

namespace motus::core::program {

using Day = std::chrono::sys_days;

// The weeks of pregnancy on day `on`, as a range: one week when `pregnancy_weeks` was given,
// the whole trimester when only the trimester was.
struct PregnancyDating {
  Day on{};
  int weeks_from = 0;
  int weeks_to = 0;
};

// From an intake given on `today`; nullopt unless it says trimester1, trimester2 or trimester3.
std::optional<PregnancyDating> pregnancy_dating(const assessment::Intake& intake, Day today);

// The pregnancy stage on `today`, on the safe side of what is not known: the latest trimester
// the person may have reached (its limits come no later than they could), and postpartum only
// once even the earliest dating is past week 42 (the late-pregnancy limits go no sooner).
CautionCondition pregnancy_stage_on(const PregnancyDating& dating, Day today);

// The calendar day (UTC) of a time in milliseconds since 1970, as the server's clock gives it.
constexpr Day day_of_ms(std::int64_t ms) {
  return std::chrono::floor<std::chrono::days>(
      std::chrono::sys_time<std::chrono::milliseconds>(std::chrono::milliseconds(ms)));
}

// "2026-12-07" and back; nullopt for anything that is not a real date in that form.
std::string day_text(Day day);
std::optional<Day> day_from_text(std::string_view text);

}  // namespace motus::core::program
