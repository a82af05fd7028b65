// Changing minutes a day, the floor and kneeling without a new intake: the same engine builds the
// program again and each difference is said in one sentence.
#include "core/program/preferences_change.hpp"

#include <gtest/gtest.h>

#include "core/assessment/assessment.hpp"
#include "core/assessment/assessment_json.hpp"
#include "program_rules.hpp"

namespace motus::test {
namespace {

namespace p = core::program;

a::Intake intake_with(int minutes, bool floor, bool kneel) {
  return sacral_intake(minutes, floor, kneel);
}

const p::Day kToday = std::chrono::sys_days{std::chrono::year{2026} / 12 / 7};

p::ProgramState first(const a::Intake& intake) {
  const auto program = p::build_program(intake, a::assess(intake), shipped_content());
  EXPECT_TRUE(program);
  auto state = p::start_state(*program, intake, kToday);
  state.sessions = 5;
  return state;
}

TEST(PreferencesChange, NoFloorAndNoKneelingTakesThoseExercisesOutAndSaysWhy) {
  const auto before = first(intake_with(15, true, true));
  const auto after_intake = intake_with(10, false, false);
  const auto rebuild = p::rebuild_for_preferences(before, after_intake, a::assess(after_intake),
                                                  shipped_content(), kToday);
  ASSERT_TRUE(rebuild);
  EXPECT_EQ(rebuild->state.sessions, 5) << "the sessions done so far are kept";
  EXPECT_EQ(rebuild->state.budget_minutes, 10);
  ASSERT_FALSE(rebuild->changes.empty());
  EXPECT_EQ(rebuild->changes.front(), "About 10 minutes a day now, was 15.");
  for (const auto& e : rebuild->state.exercises) {
    const auto* exercise = shipped_content().exercise(e.current.exercise_id);
    ASSERT_TRUE(exercise);
    EXPECT_FALSE(lists(exercise->positions, core::Position::kneeling)) << exercise->id;
    EXPECT_FALSE(lists(exercise->positions, core::Position::floor)) << exercise->id;
  }
  bool said_out = false;
  for (const auto& line : rebuild->changes)
    said_out = said_out || line.find(" is out: ") != std::string::npos;
  EXPECT_TRUE(said_out) << "a floor exercise left without a word";
}

TEST(PreferencesChange, TheSamePreferencesChangeNothing) {
  const auto intake = intake_with(15, true, true);
  const auto before = first(intake);
  const auto rebuild =
      p::rebuild_for_preferences(before, intake, a::assess(intake), shipped_content(), kToday);
  ASSERT_TRUE(rebuild);
  EXPECT_EQ(rebuild->changes,
            std::vector<std::string>{"Your exercises stay as they were: they already fit."});
}

}  // namespace
}  // namespace motus::test
