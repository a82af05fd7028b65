// The training week (ACSM: strength 2–3 days a week with a rest day between; mobility and
// walking daily) and adherence counting, on a small hand-made library.
#include "core/program/training_days.hpp"

#include <gtest/gtest.h>

namespace motus::core::program {
namespace {

Exercise exercise_of(const std::string& id, Kind kind) {
  Exercise exercise;
  exercise.id = id;
  exercise.name = id;
  exercise.kind = kind;
  return exercise;
}

KnowledgeBase library() {
  return KnowledgeBase({exercise_of("bridge", Kind::strength),
                        exercise_of("cat_cow", Kind::mobility), exercise_of("walk", Kind::aerobic)},
                       {}, {});
}

Program program_of(std::vector<std::string> ids) {
  Program program;
  for (auto& id : ids) program.exercises.push_back({id, {}, "", {}, {}});
  return program;
}

std::vector<std::string> ids(const std::vector<Prescription>& list) {
  std::vector<std::string> out;
  for (const auto& p : list) out.push_back(p.exercise_id);
  return out;
}

TEST(TrainingDays, StrengthThreeDaysAWeekNeverTwoInARow) {
  int strength = 0;
  for (int day = 0; day < 7; ++day) {
    if (is_strength_day(day)) {
      ++strength;
      EXPECT_FALSE(is_strength_day(day + 1)) << "day " << day;
    }
  }
  EXPECT_GE(strength, 2);
  EXPECT_LE(strength, 3);
  EXPECT_EQ(is_strength_day(3), is_strength_day(10)) << "the week repeats";
}

TEST(TrainingDays, MobilityAndWalkingAreDailyStrengthRestsBetween) {
  const auto kb = library();
  const auto program = program_of({"bridge", "cat_cow", "walk"});
  const auto first = session_for_day(program, 0, kb);
  EXPECT_TRUE(first.strength_day);
  EXPECT_EQ(ids(first.exercises), (std::vector<std::string>{"bridge", "cat_cow", "walk"}));
  EXPECT_TRUE(first.resting.empty());
  const auto second = session_for_day(program, 1, kb);
  EXPECT_FALSE(second.strength_day);
  EXPECT_EQ(ids(second.exercises), (std::vector<std::string>{"cat_cow", "walk"}));
  EXPECT_EQ(ids(second.resting), (std::vector<std::string>{"bridge"}));
}

TEST(TrainingDays, UnknownExerciseStaysDaily) {
  const auto day = session_for_day(program_of({"gone"}), 1, library());
  EXPECT_EQ(ids(day.exercises), (std::vector<std::string>{"gone"}));
}

TEST(Adherence, CountsPlannedDoneAndStreak) {
  const auto kb = library();
  const auto daily = program_of({"cat_cow"});
  const auto result = adherence(daily, kb, {0, 2, 3, 3, 4}, 4);
  EXPECT_EQ(result.planned_days, 5);
  EXPECT_EQ(result.active_days, 4);
  EXPECT_EQ(result.streak_days, 3);
}

TEST(Adherence, TodayNotYetDoneDoesNotBreakTheStreak) {
  const auto result = adherence(program_of({"cat_cow"}), library(), {1, 2}, 3);
  EXPECT_EQ(result.streak_days, 2);
  EXPECT_EQ(result.active_days, 2);
  EXPECT_EQ(result.planned_days, 4);
}

TEST(Adherence, RestDaysNeitherBreakNorExtendAStreak) {
  const auto strength_only = program_of({"bridge"});
  const auto result = adherence(strength_only, library(), {0, 2, 4}, 5);
  EXPECT_EQ(result.planned_days, 3);
  EXPECT_EQ(result.active_days, 3);
  EXPECT_EQ(result.streak_days, 3);
  EXPECT_EQ(adherence(strength_only, library(), {0, 4}, 5).streak_days, 1);
}

}  // namespace
}  // namespace motus::core::program
