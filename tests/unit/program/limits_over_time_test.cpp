// Limits re-worked over time (issue 14): the pregnancy stage moves on with the calendar, on the
// safe side of what the intake did not say; a later day's program reads the cautions of that
// day's stage; stored states from before these fields still load.
#include <gtest/gtest.h>

#include "core/assessment/assessment_json.hpp"
#include "core/program/pregnancy_dating.hpp"
#include "core/program/program_json.hpp"
#include "program_rules.hpp"

namespace motus::core::program {
namespace {

namespace a = assessment;
using C = CautionCondition;
using namespace std::chrono;

const Day kStart = sys_days{2026y / January / 5};

a::Intake pregnant(const std::string& trimester, std::optional<int> weeks) {
  nlohmann::json intake = {{"age", 30},
                           {"sex", "female"},
                           {"pregnancy", trimester},
                           {"duration_weeks", 6},
                           {"pain_now", 4},
                           {"locations", {"low_back"}},
                           {"prefs", {{"minutes_per_day", 60}}}};
  if (weeks) intake["pregnancy_weeks"] = *weeks;
  return a::intake_from_json(intake);
}

C stage_after(const a::Intake& intake, int days) {
  return pregnancy_stage_on(*pregnancy_dating(intake, kStart), kStart + sys_days::duration{days});
}

TEST(PregnancyDating, WeeksGivenMoveOnWeekByWeek) {
  const auto intake = pregnant("trimester2", 20);
  EXPECT_EQ(stage_after(intake, 0), C::pregnancy_trimester2);
  EXPECT_EQ(stage_after(intake, 7 * 8 - 1), C::pregnancy_trimester2);  // 27 weeks 6 days
  EXPECT_EQ(stage_after(intake, 7 * 8), C::pregnancy_trimester3);      // 28 weeks
  EXPECT_EQ(stage_after(intake, 7 * 22), C::pregnancy_trimester3);     // 42 weeks
  EXPECT_EQ(stage_after(intake, 7 * 23), C::postpartum);               // 43: born
  EXPECT_EQ(stage_after(intake, -30), C::pregnancy_trimester2);        // never goes back
}

TEST(PregnancyDating, OnlyTheTrimesterGivenTakesTheSafeSide) {
  // Stricter limits come as soon as they could: trimester2 may be week 27 today.
  EXPECT_EQ(stage_after(pregnant("trimester2", std::nullopt), 6), C::pregnancy_trimester2);
  EXPECT_EQ(stage_after(pregnant("trimester2", std::nullopt), 7), C::pregnancy_trimester3);
  EXPECT_EQ(stage_after(pregnant("trimester1", std::nullopt), 7), C::pregnancy_trimester2);
  // ... and the late-pregnancy limits go only once even week 28 is past 42.
  EXPECT_EQ(stage_after(pregnant("trimester3", std::nullopt), 7 * 14), C::pregnancy_trimester3);
  EXPECT_EQ(stage_after(pregnant("trimester3", std::nullopt), 7 * 15), C::postpartum);
  // An example: trimester2 at intake, 14 weeks later the third-trimester limits.
  EXPECT_EQ(stage_after(pregnant("trimester2", 14), 7 * 14), C::pregnancy_trimester3);
}

TEST(PregnancyDating, NotPregnantHasNoDating) {
  auto intake = pregnant("trimester2", std::nullopt);
  intake.pregnancy = a::Pregnancy::postpartum;
  EXPECT_FALSE(pregnancy_dating(intake, kStart));
  intake.pregnancy.reset();
  EXPECT_FALSE(pregnancy_dating(intake, kStart));
}

TEST(PregnancyDating, DaysReadAndWritten) {
  EXPECT_EQ(day_text(kStart), "2026-01-05");
  EXPECT_EQ(day_from_text("2026-01-05"), kStart);
  for (const char* bad : {"2026-02-30", "2026-1-05", "05-01-2026", "", "2026-01-05T00:00"}) {
    EXPECT_FALSE(day_from_text(bad)) << bad;
  }
}

TEST(LimitsOverTime, ALaterDaysSessionReadsThatDaysTrimester) {
  const auto& knowledge_base = test::shipped_content();
  const auto intake = pregnant("trimester2", 20);
  const auto program = build_program(intake, a::assess(intake), knowledge_base);
  ASSERT_TRUE(program);
  const ProgramState start = start_state(*program, intake, kStart);
  EXPECT_TRUE(start.limits.no_prone);

  // Stored and read back, as the server keeps it between days.
  const ProgramState stored = state_from_json(nlohmann::json::parse(to_json(start).dump()));
  ASSERT_TRUE(stored.pregnancy);
  EXPECT_EQ(stored.pregnancy->on, kStart);

  const auto same_week = rescreen(stored, kStart + days{6}, knowledge_base);
  EXPECT_TRUE(same_week.changes.empty());
  EXPECT_TRUE(same_week.state.limits.has(C::pregnancy_trimester2));

  const auto later = rescreen(stored, kStart + weeks{8}, knowledge_base);
  EXPECT_TRUE(later.state.limits.has(C::pregnancy_trimester3));
  EXPECT_FALSE(later.state.limits.has(C::pregnancy_trimester2));
  EXPECT_TRUE(later.state.limits.no_prone);
  const Program today = current_program(later.state, knowledge_base);
  bool late_pregnancy_caution = false;
  for (const Prescription& prescription : today.exercises) {
    const Exercise& exercise = *knowledge_base.exercise(prescription.exercise_id);
    EXPECT_FALSE(unsuitable_because(exercise, later.state.limits)) << exercise.id;
    for (const Caution& caution : exercise.cautions) {
      if (caution.condition == C::pregnancy_trimester3 && caution.action == CautionAction::modify) {
        EXPECT_NE(
            std::find(prescription.cautions.begin(), prescription.cautions.end(), caution.text),
            prescription.cautions.end())
            << exercise.id;
        late_pregnancy_caution = true;
      }
    }
  }
  EXPECT_TRUE(late_pregnancy_caution) << "no exercise with a late-pregnancy caution to check";
  // The same day again changes nothing more.
  EXPECT_TRUE(rescreen(later.state, kStart + weeks{8}, knowledge_base).changes.empty());
}

TEST(LimitsOverTime, AStateStoredBeforeDatingStillLoads) {
  const auto& knowledge_base = test::shipped_content();
  const auto intake = pregnant("trimester2", 20);
  const auto program = build_program(intake, a::assess(intake), knowledge_base);
  ASSERT_TRUE(program);
  auto old = nlohmann::json::parse(to_json(start_state(*program, limits_for(intake))).dump());
  old.erase("settled_sessions");
  ASSERT_FALSE(old.contains("pregnancy"));
  const ProgramState state = state_from_json(old);
  EXPECT_FALSE(state.pregnancy);
  EXPECT_EQ(state.settled_sessions, 0);
  // With no dating the limits stay as the intake left them.
  EXPECT_TRUE(rescreen(state, kStart + weeks{20}, knowledge_base).changes.empty());

  auto bad = nlohmann::json::parse(to_json(start_state(*program, intake, kStart)).dump());
  bad["pregnancy"]["on"] = "5 January";
  EXPECT_THROW(state_from_json(bad), a::InputError);
}

}  // namespace
}  // namespace motus::core::program
