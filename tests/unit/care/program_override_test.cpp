// A therapist's program override is checked against the knowledge base before it is stored.
#include "core/care/program_override.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace motus::core::care {
namespace {

KnowledgeBase two_exercises() {
  Exercise bridge;
  bridge.id = "glute_bridge";
  Exercise clam;
  clam.id = "clamshell";
  return KnowledgeBase({bridge, clam}, {}, {});
}

OverrideExercise item(const std::string& id, int sets, int reps, int hold = 0) {
  OverrideExercise exercise;
  exercise.exercise_id = id;
  exercise.dose.sets = sets;
  exercise.dose.reps = reps;
  exercise.dose.hold_seconds = hold;
  return exercise;
}

std::vector<std::string> fields(const std::vector<OverrideProblem>& problems) {
  std::vector<std::string> out;
  for (const auto& problem : problems) out.push_back(problem.field);
  return out;
}

bool has(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

TEST(ProgramOverride, AGoodOverrideHasNoProblems) {
  const ProgramOverride good{{item("glute_bridge", 2, 10), item("clamshell", 1, 0, 20)},
                             "Fewer reps this week."};
  EXPECT_TRUE(check_override(good, two_exercises()).empty());
}

TEST(ProgramOverride, NamesEveryProblemByField) {
  const ProgramOverride bad{
      {item("glute_bridge", 0, 10), item("no_such", 2, 99), item("glute_bridge", 1, 0)}, ""};
  const auto problems = fields(check_override(bad, two_exercises()));
  EXPECT_TRUE(has(problems, "note"));
  EXPECT_TRUE(has(problems, "exercises[0].sets"));
  EXPECT_TRUE(has(problems, "exercises[1].exercise_id"));
  EXPECT_TRUE(has(problems, "exercises[1].reps"));
  EXPECT_TRUE(has(problems, "exercises[2].exercise_id")) << "listed twice";
  EXPECT_TRUE(has(problems, "exercises[2]")) << "neither reps nor a hold";
  EXPECT_FALSE(has(problems, "exercises[0].reps"));
}

TEST(ProgramOverride, AnEmptyListIsRefused) {
  const ProgramOverride empty{{}, "Rest this week."};
  EXPECT_EQ(fields(check_override(empty, two_exercises())), std::vector<std::string>{"exercises"});
}

}  // namespace
}  // namespace motus::core::care
